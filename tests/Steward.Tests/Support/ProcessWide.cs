namespace Steward.Tests.Support;

/// <summary>
/// For the few tests that watch state the whole test process shares (its threads, unobserved task exceptions): xunit
/// runs this collection on its own, after the parallel ones, so no other test's git processes are counted. Everything
/// else runs in parallel and must not touch process-wide state (environment variables, the current directory,
/// Console); a test that must, joins this collection with <c>[Collection(ProcessWide.Collection)]</c>.
/// </summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class ProcessWide
{
    public const string Collection = "Process-wide state";
}
