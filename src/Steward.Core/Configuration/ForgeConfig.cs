namespace Steward.Core.Configuration;

/// <summary>
/// The forge a release is published on (<c>steward publish</c>). Every key defaults from the URL of the release remote
/// (<c>release.remote</c>, origin by default): its host picks the type and API, its path the repository.
/// </summary>
public sealed class ForgeConfig
{
    /// <summary><c>github</c>, <c>gitlab</c> or <c>gitea</c> (Forgejo and Codeberg are gitea); default: from the remote's host.</summary>
    public string? Type { get; set; }

    /// <summary>The API's base URL (GitHub Enterprise Server: <c>https://HOST/api/v3</c>); default: derived from the host.</summary>
    public string? Api { get; set; }

    /// <summary><c>OWNER/NAME</c> (GitLab: the whole project path); default: from the remote's URL.</summary>
    public string? Repository { get; set; }
}
