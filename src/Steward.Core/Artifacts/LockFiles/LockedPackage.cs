namespace Steward.Core.Artifacts.LockFiles;

/// <summary>One pinned package found in a lock file: its name and exact version, its purl and the lock file's path.</summary>
public sealed record LockedPackage(string Name, string Version, string Purl, string SourceFile)
{
    /// <summary>The package's group where its ecosystem has one (an npm scope such as <c>@babel</c>), else null.</summary>
    public string? Group { get; init; }
}
