namespace Steward.Tests.Forge;

/// <summary>An issue or pull request of the fake GitHub.</summary>
internal sealed class FakeIssue
{
    public int Number { get; init; }

    public string Title { get; set; } = string.Empty;

    public bool PullRequest { get; init; }

    public bool Open { get; set; } = true;

    public List<string> Labels { get; init; } = [];
}
