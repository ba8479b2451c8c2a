namespace Steward.Core.Forge;

/// <summary>Where a release is published: the forge's kind, its API base URL (no trailing slash) and the repository.</summary>
public sealed record ForgeLocation(ForgeKind Kind, Uri Api, string Repository)
{
    /// <summary>The release's page on the forge's web site, for messages.</summary>
    public string WebHost => Api.Host;
}
