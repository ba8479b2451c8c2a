using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Forges;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward forge doctor</c>: where Steward would publish (forge, API URL, repository, and where each came from),
/// which variable the token comes from, and what the forge says of it (the API answers, the repository exists, the
/// token may write releases), and whether squash and merge commits carry the pull request's description, all in one
/// report. It only reads; with <paramref name="fix"/> it also reads the labels, and plans one forge step per fix the
/// forge's state needs (the commit messages set to carry the description, <see cref="ForgeMergeMessageFixer"/>; each
/// label Steward uses that is missing made, <see cref="ForgeLabelFixer"/>), which <see cref="ForgeDoctorPlanRun"/>
/// prints or applies.
/// </summary>
internal static class ForgeDoctor
{
    /// <summary>What <c>forge doctor --fix</c>'s plan is called: the verb of its journal, --continue and --abort.</summary>
    public const string FixVerb = "forge doctor --fix";

    public static ForgeDoctorReport Run(CommandContext context, Repository repository, StewardConfig config, bool verbose, bool fix = false)
    {
        var report = Read(context, repository, config, verbose, fix, out var location, out var labels);
        var steps = report.Select(c => c.Fix).OfType<PlanStep>().ToList();
        var plan = fix ? new ExecutionPlan(FixVerb, steps) { Subject = location?.Repository } : null;
        return new ForgeDoctorReport(report, plan, labels);
    }

    private static List<ForgeDoctorCheck> Read(CommandContext context, Repository repository, StewardConfig config, bool verbose, bool fix,
        out ForgeLocation? found, out IReadOnlySet<string>? labels)
    {
        found = null;
        labels = null;
        var checks = new List<ForgeDoctorCheck>();
        var location = PublishRun.Locate(repository, config);
        found = location;
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

        // Only reads here: the fixes are steps of a plan, run (with their own connection) by the executor.
        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, DryRun: true, verbose));
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
                    checks.Add(ForgeMergeMessageFixer.Run(location, connection.Client.Http, fix));
                }

                if (fix)
                {
                    var client = RepositoryLabelsClients.For(connection, location);
                    var names = client.NamesAsync(CancellationToken.None).GetAwaiter().GetResult().ToHashSet(StringComparer.Ordinal);
                    labels = names;
                    checks.AddRange(ForgeLabelFixer.Plan(client, names, location, config));
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
