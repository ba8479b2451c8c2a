namespace Steward.Tests.Forge;

/// <summary>A generic package the fake GitLab holds, and its files (several of one name when uploaded twice, as on GitLab).</summary>
internal sealed class FakeGitLabPackage
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Version { get; init; } = string.Empty;

    public List<FakeGitLabPackageFile> Files { get; } = [];
}
