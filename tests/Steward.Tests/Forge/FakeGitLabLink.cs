namespace Steward.Tests.Forge;

/// <summary>A release link the fake GitLab holds.</summary>
internal sealed class FakeGitLabLink
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public string? DirectAssetPath { get; init; }

    public string LinkType { get; init; } = "other";
}
