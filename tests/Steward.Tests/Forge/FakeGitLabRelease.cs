namespace Steward.Tests.Forge;

/// <summary>A release the fake GitLab holds: keyed by its tag, with its links.</summary>
internal sealed class FakeGitLabRelease
{
    public string Tag { get; init; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<FakeGitLabLink> Links { get; } = [];
}
