namespace Steward.Core.Configuration;

/// <summary>
/// Overrides for the links in a changelog: for a self-hosted forge whose kind cannot be told from its host name,
/// or to turn links off.
/// </summary>
public sealed class ChangelogLinksConfig
{
    /// <summary>github, gitlab, bitbucket, gitea (also Forgejo), azure, or none; null detects it from the remote host.</summary>
    public string? Host { get; set; }

    /// <summary>The project's web address, e.g. <c>https://git.example.com/group/project</c>; null takes it from origin.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056", Justification = "A configuration value as the user wrote it; checked and parsed where links are built.")]
    public string? BaseUrl { get; set; }

    /// <summary>The remote whose URL gives the links.</summary>
    public string Remote { get; set; } = "origin";
}
