namespace Steward.Tests.Forge;

/// <summary>A file of a generic package in the fake GitLab.</summary>
internal sealed class FakeGitLabPackageFile
{
    public long Id { get; init; }

    public string FileName { get; init; } = string.Empty;

    public byte[] Content { get; init; } = [];
}
