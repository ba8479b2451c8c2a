namespace Steward.Forges.GitLab;

/// <summary>
/// The body of create-a-release-link: the file's name and package URL, the path of the release's permanent download
/// link (<c>/-/releases/TAG/downloads/NAME</c>) and the type shown on the release page.
/// </summary>
internal sealed record GitLabLinkWrite
{
    public string Name { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public string DirectAssetPath { get; init; } = string.Empty;

    public string LinkType { get; init; } = "package";
}
