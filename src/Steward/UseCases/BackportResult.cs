using Steward.Core.Planning;

namespace Steward.UseCases;

/// <summary>What a backport planned for every line, the one plan over all of them, and whether it ran and pushed.</summary>
internal sealed record BackportResult(ExecutionPlan Plan, IReadOnlyList<BackportLineResult> Lines, string? Advisory, bool DryRun, bool Pushed)
{
    public bool AnyFailed => Lines.Any(l => l.Failed);
}
