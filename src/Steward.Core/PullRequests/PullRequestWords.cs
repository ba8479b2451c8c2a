using System.Globalization;
using Steward.Core.Forge;

namespace Steward.Core.PullRequests;

/// <summary>
/// How each forge names the release pull request in what people read: a merge request !N on GitLab, a pull request #N
/// on GitHub and Gitea. JSON keeps its keys whatever the forge.
/// </summary>
public static class PullRequestWords
{
    public static string Noun(ForgeKind forge) => forge == ForgeKind.GitLab ? "merge request" : "pull request";

    public static string Reference(ForgeKind forge, long number) =>
        (forge == ForgeKind.GitLab ? "!" : "#") + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"pull request #12", "merge request !12".</summary>
    public static string Named(ForgeKind forge, long number) => $"{Noun(forge)} {Reference(forge, number)}";
}
