namespace Steward.Workspace;

/// <summary>
/// Who wrote a path, which decides what it may reach: a path from a committed file (steward.yml, release-images.json,
/// a well-known name such as VERSION) may have been written by any contributor and stays inside the repository; a path
/// the person running Steward typed on the command line may also name a place outside it.
/// </summary>
internal enum PathSource
{
    /// <summary>From a committed file or a well-known name: inside the repository, never through a link.</summary>
    Repository,

    /// <summary>Typed on the command line, anywhere; inside the repository, never through a link in it.</summary>
    CommandLine,

    /// <summary>Typed on the command line for a verb that writes only inside the repository (<c>notes --output</c>).</summary>
    CommandLineInsideRepository,
}
