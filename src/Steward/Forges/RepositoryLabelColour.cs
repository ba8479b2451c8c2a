namespace Steward.Forges;

/// <summary>The colour Steward gives a label it makes: GitHub's neutral grey, so that it reads as information, not alarm.</summary>
internal static class RepositoryLabelColour
{
    /// <summary>Six hex digits without '#': GitHub's form (GitLab and Gitea take it with '#').</summary>
    public const string Hex = "ededed";
}
