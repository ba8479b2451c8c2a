using System.Globalization;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges;
using Steward.Forges.Gitea;
using Steward.Forges.GitHub;
using Steward.Forges.GitLab;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// The release blocker check (<c>release.blockers</c>), for every verb that releases (<c>release</c>; <c>pr</c> calls it
/// too): the open issues and pull requests with a blocking label, read from the forge, refuse the release (exit 1,
/// each listed with its address) unless overridden with a reason, which the verb records. Without a token or a known
/// forge the check is skipped: silently when <c>release.blockers</c> is not configured, with a warning when it is, and
/// as an error with <c>required: true</c>. Called while planning, before anything is written.
/// </summary>
internal static class ReleaseBlockerCheck
{
    /// <summary>The labels checked when steward.yml names none.</summary>
    public static readonly IReadOnlyList<string> DefaultLabels = ["release-blocker"];

    /// <summary>
    /// Refuses when blockers are open and <paramref name="ignoreReason"/> is null; returns the override to record when
    /// they are open and it is given; null when nothing blocks (or the check was skipped).
    /// </summary>
    public static BlockerOverride? Enforce(CommandContext context, Repository repository, StewardConfig config, string? ignoreReason, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        var configured = config.Release.Blockers;
        var labels = Labels(configured);
        if (labels.Count == 0)
        {
            return null;
        }

        if (Connect(context, repository, config, configured) is not { } target)
        {
            return null;
        }

        var (location, token) = target;
        var settings = ForgeReadAccess.Settings(context);
        List<ForgeIssue> blockers;
        using (var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}"))
        {
            var queries = QueriesOf(location, connection.Client.Http);
            try
            {
                blockers = Read(queries, labels);
            }
            catch (ForgeHttpException e) when (e.Status >= 500 || e.Failure is ForgeFailure.Timeout or ForgeFailure.Network)
            {
                // Not the token's fault: the release is refused before anything is written, and a rerun asks again.
                var what = e.Status >= 500 ? $"answered {e.Status.ToString(CultureInfo.InvariantCulture)}" : $"failed ({e.Reason})";
                throw Messages.BlockersUnreadable(connection.Client.Name, e.Call, what, e.Attempts);
            }
            catch (ForgeHttpException e)
            {
                throw ForgeFailures.Word(e, connection.Client.Name, location, token, (int)settings.CallTimeout.TotalSeconds);
            }
        }

        if (blockers.Count == 0)
        {
            if (ignoreReason is not null)
            {
                progress.WriteLine("blockers: none are open, so --ignore-blockers changes nothing and is not recorded");
            }

            return null;
        }

        if (ignoreReason is null)
        {
            throw Messages.ReleaseBlocked(labels, blockers);
        }

        var identity = new WorkTreeReader(repository.Git).CommitterIdentity() ?? throw Messages.NoIdentityForBlockerOverride();
        var made = new BlockerOverride(identity, ignoreReason, blockers);
        progress.WriteLine($"blockers: {blockers.Count} open ({string.Join(", ", blockers.Select(b => "#" + b.Number.ToString(CultureInfo.InvariantCulture)))}) ignored by {identity}: {ignoreReason}");
        return made;
    }

    /// <summary>The labels to check, each named (an empty item is a mistake in steward.yml).</summary>
    public static IReadOnlyList<string> Labels(BlockersConfig? configured)
    {
        if (configured is null)
        {
            return DefaultLabels;
        }

        for (var i = 0; i < configured.Labels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(configured.Labels[i]))
            {
                throw Messages.BlockerLabelEmpty(i);
            }
        }

        return [.. configured.Labels.Select(l => l.Trim()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The forge's issue reader: GitHub's and Gitea's issue lists answer pull requests too; GitLab's is asked for both.</summary>
    private static IIssueQueries QueriesOf(ForgeLocation location, ForgeHttp http) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubIssueQueries(location, http),
        ForgeKind.GitLab => new GitLabIssueQueries(location, http),
        _ => new GiteaIssueQueries(location, http),
    };

    /// <summary>
    /// Each blocker once, however many of the labels it carries, lowest number first (issues before pull requests of
    /// the same number: GitLab numbers its issues and merge requests apart).
    /// </summary>
    private static List<ForgeIssue> Read(IIssueQueries queries, IReadOnlyList<string> labels)
    {
        var found = new Dictionary<(long, bool), ForgeIssue>();
        foreach (var label in labels)
        {
            foreach (var issue in queries.OpenWithLabelAsync(label, CancellationToken.None).GetAwaiter().GetResult())
            {
                found.TryAdd((issue.Number, issue.IsPullRequest), issue);
            }
        }

        return [.. found.Values.OrderBy(i => i.Number).ThenBy(i => i.IsPullRequest)];
    }

    /// <summary>Where to ask and with which token; null (after the warning, if one is due) when the check is skipped.</summary>
    private static (ForgeLocation Location, ForgeToken Token)? Connect(CommandContext context, Repository repository, StewardConfig config, BlockersConfig? configured)
    {
        // A CI job's token publishes releases but may not list issues: as if there were no token.
        if (ForgeReadAccess.Locate(context, repository, config, "issues and merge requests", out var why) is { } target)
        {
            return target;
        }

        if (configured?.Required == true)
        {
            throw Messages.BlockersCheckImpossible(why);
        }

        if (configured is not null)
        {
            ErrorLine.Warn(context.Error, Messages.BlockersSkipped(why));
        }

        return null;
    }
}
