namespace Steward.Core.Forge;

/// <summary>The forge APIs Steward publishes to. Forgejo and Codeberg speak Gitea's API.</summary>
public enum ForgeKind
{
    GitHub,
    GitLab,
    Gitea,
}
