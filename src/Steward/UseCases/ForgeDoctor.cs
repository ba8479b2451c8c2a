using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Forges;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward forge doctor</c>: where Steward would publish (forge, API URL, repository, and where each came from),
/// which variable the token comes from, and what the forge says of it (the API answers, the repository exists, the
/// token may write releases), and whether squash and merge commits carry the pull request's description, all in one
/// report. Only reads, unless <paramref name="fix"/>: then the commit messages are set to carry it
/// (<see cref="ForgeMergeMessageFixer"/>) and the labels Steward uses are made where missing
/// (<see cref="ForgeLabelFixer"/>); with <paramref name="dryRun"/> both are only listed.
/// </summary>
internal static class ForgeDoctor
{
    public static IReadOnlyList<ForgeDoctorCheck> Run(CommandContext context, Repository repository, StewardConfig config, bool verbose, bool fix = false, bool dryRun = false)
    {
        var checks = new List<ForgeDoctorCheck>();
        var location = PublishRun.Locate(repository, config);
        checks.Add(new ForgeDoctorCheck("forge", true, $"{location.Kind.ToString().ToLowerInvariant()}{(config.Forge.Type is null ? " (from the remote's host)" : " (forge.type)")}"));
        checks.Add(new ForgeDoctorCheck("api", true, $"{location.Api.AbsoluteUri.TrimEnd('/')}{(config.Forge.Api is null ? " (derived)" : " (forge.api)")}"));
        checks.Add(new ForgeDoctorCheck("repository", true, $"{location.Repository}{(config.Forge.Repository is null ? $" (from remote '{config.Release.Remote}')" : " (forge.repository)")}"));
        ForgeToken token;
        try
        {
            token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
            checks.Add(new ForgeDoctorCheck("token", true, $"from {token.Variable}"));
            if (location.Kind == Core.Forge.ForgeKind.GitHub && config.Pr.Dispatch is null && IsActionsToken(token))
            {
                // GitHub starts no workflow for a pull request pushed or opened with the workflow's own token.
                checks.Add(new ForgeDoctorCheck("pr", true, Messages.PullRequestTokenStartsNoCi(token.Variable)) { Warning = true });
            }
        }
        catch (StewardException e)
        {
            checks.Add(new ForgeDoctorCheck("token", false, e.Message));
            return checks;
        }

        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, DryRun: !fix || dryRun, verbose));
        try
        {
            using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
            try
            {
                var access = connection.Client.CheckAccessAsync(CancellationToken.None).GetAwaiter().GetResult();
                checks.Add(new ForgeDoctorCheck("access", access.CanWrite != false,
                    $"{access.Repository}: " + access.CanWrite switch
                    {
                        true => "the token may write releases",
                        false => $"the token may read but not write releases; give it {Messages.ForgeWriteAccess(connection.Client.Name)}",
                        _ => "the forge does not say whether the token may write releases",
                    } + (access.RateRemaining is null ? string.Empty : $"; {access.RateRemaining} calls left this hour")));
                if (location.Kind != Core.Forge.ForgeKind.GitLab || !Forges.GitLab.GitLabClient.IsJobToken(token))
                {
                    // A CI job token may not read the project (its access is read from the releases instead).
                    checks.Add(ForgeMergeMessageFixer.Run(location, connection.Client.Http, fix, dryRun));
                }

                if (fix)
                {
                    checks.AddRange(ForgeLabelFixer.Fix(RepositoryLabelsClients.For(connection, location), config, dryRun));
                }
            }
            catch (ForgeHttpException e)
            {
                var failure = ForgeFailures.Word(e, connection.Client.Name, location, token, (int)settings.CallTimeout.TotalSeconds);
                checks.Add(new ForgeDoctorCheck("access", false, failure.Message));
            }
        }
        catch (StewardException e)
        {
            checks.Add(new ForgeDoctorCheck("access", false, e.Message));
        }

        return checks;
    }

    /// <summary>A GitHub Actions installation token: GITHUB_TOKEN, or a token of that form (ghs_) under another name.</summary>
    private static bool IsActionsToken(ForgeToken token) =>
        token.Variable == "GITHUB_TOKEN" || token.Value.StartsWith("ghs_", StringComparison.Ordinal);
}
