using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Forges;
using Steward.Forges.GitHub;
using Steward.Forges.GitLab;

namespace Steward.UseCases;

/// <summary>
/// <c>forge doctor</c>'s line on squash and merge commit messages: whether the forge writes the pull request's
/// description into them (where release notes in a description are read without a token); with <c>--fix</c>, when they
/// do not, one step is planned that sets them to (GitHub: PR_TITLE and PR_BODY; GitLab: templates with
/// <c>%{description}</c>). Gitea has no such setting in its API: one line says so.
/// </summary>
internal static class ForgeMergeMessageFixer
{
    private const string Check = "merge-msg";

    /// <summary>The forge's settings client (null: Gitea, which has no such setting).</summary>
    public static IMergeMessageSettings? For(ForgeLocation location, ForgeHttp http) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubMergeMessageSettings(location, http),
        ForgeKind.GitLab => new GitLabMergeMessageSettings(location, http),
        _ => null,
    };

    public static ForgeDoctorCheck Run(ForgeLocation location, ForgeHttp http, bool fix)
    {
        var settings = For(location, http);
        if (settings is null)
        {
            return new ForgeDoctorCheck(Check, true, "Gitea's API has no setting for squash and merge commit messages; read pull request descriptions with --pr-notes api");
        }

        var (carries, current) = settings.ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (carries)
        {
            return new ForgeDoctorCheck(Check, true, $"squash and merge commits carry the pull request's description ({current})");
        }

        if (!fix)
        {
            return new ForgeDoctorCheck(Check, true, $"squash and merge commits do not carry the pull request's description ({current}), so release notes in it are not read without a token; run steward forge doctor --fix, or use --pr-notes api") { Warning = true };
        }

        var call = settings.PlannedSet();
        var step = new ForgeFixStep(location.Kind, location.Api.OriginalString, location.Repository, ForgeFixAction.SetMergeMessages) { Method = call.Method, Endpoint = call.Url };
        return new ForgeDoctorCheck(Check, true, $"squash and merge commits do not carry the pull request's description ({current})") { Warning = true, Fix = step };
    }
}
