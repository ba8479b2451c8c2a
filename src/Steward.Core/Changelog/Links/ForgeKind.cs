namespace Steward.Core.Changelog.Links;

/// <summary>The kinds of forge whose link forms Steward knows.</summary>
public enum ForgeKind
{
    GitHub,
    GitLab,
    Bitbucket,

    /// <summary>Gitea and its fork Forgejo (Codeberg), which share their URL forms.</summary>
    Gitea,
    AzureDevOps,
}
