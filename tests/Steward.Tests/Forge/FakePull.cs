namespace Steward.Tests.Forge;

/// <summary>A pull request the fake GitHub or Gitea holds (its labels live on its issue), or a merge request of the fake GitLab.</summary>
internal sealed class FakePull
{
    public long Number { get; init; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string Head { get; init; } = string.Empty;

    public string Base { get; init; } = string.Empty;

    public bool Open { get; set; } = true;

    public bool Merged { get; set; }

    public List<string> Labels { get; } = [];

    /// <summary>Made from a fork's branch (GitLab and Gitea tell it by the source repository).</summary>
    public bool Fork { get; init; }
}
