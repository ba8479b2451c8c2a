using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.PullRequests;
using Steward.Forges;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// After a merged release pull request is released: labels it pr.labels.tagged (and takes pr.labels.pending off). The
/// labels are information: without a forge or token nothing is asked, and a failure is a warning, never the release's.
/// </summary>
internal static class PullRequestLabeller
{
    /// <summary>
    /// A monorepo's merged release pull request(s), once tagged: the one of every component (pr.split: none), or each
    /// release unit's (pr.split: component), found by head branch and by the components and versions its marker names.
    /// </summary>
    public static void MarkTagged(CommandContext context, Repository repository, StewardConfig config, IReadOnlyList<MonorepoReleasePart> parts, string branch, TextWriter progress)
    {
        bool split;
        try
        {
            split = ReleaseUnits.Split(config.Pr);
        }
        catch (StewardException)
        {
            return;
        }

        var units = parts.GroupBy(p => split ? ReleaseUnits.UnitOf(p.Release.Component.Name, config) : null);
        foreach (var unit in units)
        {
            var version = ReleaseMarker.Versions(unit.Select(p => (p.Release.Component.Name, p.Plan.Version.ToString())));
            MarkTagged(context, repository, config, version, branch, progress, unit.Key);
        }
    }

    /// <param name="unit">The release unit of a split monorepo's pull request (its branch); null otherwise.</param>
    public static void MarkTagged(CommandContext context, Repository repository, StewardConfig config, string version, string branch, TextWriter progress, string? unit = null)
    {
        var labels = config.Pr.Labels;
        ForgeLocation location;
        ForgeToken token;
        try
        {
            location = PublishRun.Locate(repository, config);
            token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        }
        catch (StewardException)
        {
            return;
        }

        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, DryRun: false, Verbose: false));
        try
        {
            using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
            var client = PullRequestClients.For(connection, location);
            var head = ReleasePullRequests.HeadBranch(config.Pr.Branch, branch, unit);
            var pull = ReleasePullRequests.FindMerged(client.FindByHeadAsync(head, CancellationToken.None).GetAwaiter().GetResult(), head, version);
            if (pull is null)
            {
                return;
            }

            if (!pull.Labels.Contains(labels.Tagged, StringComparer.Ordinal))
            {
                client.AddLabelsAsync(pull, [labels.Tagged], CancellationToken.None).GetAwaiter().GetResult();
            }

            if (pull.Labels.Contains(labels.Pending, StringComparer.Ordinal))
            {
                client.RemoveLabelAsync(pull, labels.Pending, CancellationToken.None).GetAwaiter().GetResult();
            }

            progress.WriteLine($"labelled {PullRequestWords.Named(location.Kind, pull.Number)} '{labels.Tagged}'");
        }
        catch (ForgeHttpException e)
        {
            progress.WriteLine(Messages.PullRequestNotLabelled(labels.Tagged, PullRequestWords.Noun(location.Kind), ForgeFailures.Word(e, location.Kind.ToString(), location, token, (int)settings.CallTimeout.TotalSeconds).Message));
        }
        catch (StewardException e)
        {
            progress.WriteLine(Messages.PullRequestNotLabelled(labels.Tagged, PullRequestWords.Noun(location.Kind), e.Message));
        }
    }
}
