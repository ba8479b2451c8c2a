using System.Globalization;
using System.Text.Json;
using Steward.Cli;
using Steward.Core.Commits;
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
/// <c>--pr-notes api</c>: the descriptions of the pull requests a release range's commits name, read from the forge
/// for those whose commit text names no notes (one request each, in order), and their notes put on the commits, as a
/// description written into the commit would. Without a token or a known forge: one warning, and the commit text
/// stands. A pull request the forge does not have (404): one warning naming it, and its commit text stands. A forge
/// that keeps failing (5xx, rate limit; retried by <see cref="ForgeHttp"/>): one error naming the pull request, exit 1,
/// before anything is written.
/// </summary>
internal static class PullRequestNotesFromForge
{
    /// <summary><paramref name="range"/>, its commits with the notes the forge's descriptions give; as it is with <see cref="PullRequestNotesSource.Commits"/>.</summary>
    public static ReleaseRange Apply(CommandContext context, Repository repository, StewardConfig config, MergePolicy merges, ReleaseRange range, PullRequestNotesSource source)
    {
        ArgumentNullException.ThrowIfNull(range);
        return source == PullRequestNotesSource.Commits ? range : range with { Commits = Apply(context, repository, config, merges, range.Commits) };
    }

    /// <summary><paramref name="commits"/> with the notes the forge's descriptions give.</summary>
    public static IReadOnlyList<HistoryCommit> Apply(CommandContext context, Repository repository, StewardConfig config, MergePolicy merges, IReadOnlyList<HistoryCommit> commits) =>
        Apply(context, repository, config, merges, commits, new PullRequestDescriptionCache());

    /// <summary>
    /// <paramref name="commits"/> with the notes the forge's descriptions give, asking only for the pull requests
    /// <paramref name="cache"/> does not know yet (a monorepo's components share one cache per run).
    /// </summary>
    public static IReadOnlyList<HistoryCommit> Apply(
        CommandContext context, Repository repository, StewardConfig config, MergePolicy merges, IReadOnlyList<HistoryCommit> commits, PullRequestDescriptionCache cache)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cache);
        if (cache.Unreachable)
        {
            return commits;
        }

        if (Connect(context, repository, config) is not { } target)
        {
            cache.Unreachable = true;
            return commits;
        }

        var (location, token) = target;
        var wanted = PullRequestDescriptionNotes.Wanted(commits, merges, mergeRequestsOnly: location.Kind == ForgeKind.GitLab);
        if (wanted.Count == 0)
        {
            return commits;
        }

        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pull in wanted)
        {
            if (cache.Descriptions.TryGetValue(pull.Reference, out var known) && known is not null)
            {
                descriptions[pull.Reference] = known;
            }
        }

        var asked = wanted.Where(p => !cache.Descriptions.ContainsKey(p.Reference)).ToList();
        if (asked.Count == 0)
        {
            return PullRequestDescriptionNotes.Apply(commits, wanted, descriptions);
        }

        var settings = ForgeReadAccess.Settings(context);
        using (var connection = ForgeConnection.Open(location, token, settings, $"steward/{Artifacts.ToolVersion.Current}"))
        {
            var reader = ReaderOf(location, connection.Client.Http);
            foreach (var pull in asked)
            {
                string? description;
                try
                {
                    description = reader.DescriptionAsync(pull.Number, CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (ForgeHttpException e) when (e.Status >= 500 || e.Status == 429 || e.Failure is ForgeFailure.Timeout or ForgeFailure.Network or ForgeFailure.RateLimited)
                {
                    var what = e.Status > 0 ? $"answered {e.Status.ToString(CultureInfo.InvariantCulture)}" : $"failed ({e.Reason})";
                    throw Messages.PullRequestDescriptionUnreadable(reader.Name, pull.Reference, e.Call, what, e.Attempts);
                }
                catch (ForgeHttpException e)
                {
                    throw ForgeFailures.Word(e, reader.Name, location, token, (int)settings.CallTimeout.TotalSeconds, "the command");
                }

                cache.Descriptions[pull.Reference] = description;
                if (description is null)
                {
                    ErrorLine.Warn(context.Error, Messages.PullRequestNotFoundForNotes(reader.Name, pull.Reference));
                    continue;
                }

                descriptions[pull.Reference] = description;
            }
        }

        return PullRequestDescriptionNotes.Apply(commits, wanted, descriptions);
    }

    private static IPullRequestDescriptions ReaderOf(ForgeLocation location, ForgeHttp http) => location.Kind switch
    {
        ForgeKind.GitHub => new PullsEndpointDescriptions("GitHub", location, http, GitHubBody),
        ForgeKind.GitLab => new GitLabMergeRequestDescriptions(location, http),
        _ => new PullsEndpointDescriptions("Gitea", location, http, GiteaBody),
    };

    private static string? GitHubBody(string json) =>
        JsonSerializer.Deserialize(json, GitHubPullJson.Default.GitHubPullDto) is { } pull ? pull.Body ?? string.Empty : null;

    private static string? GiteaBody(string json) =>
        JsonSerializer.Deserialize(json, GiteaJson.Default.GiteaPullDto) is { } pull ? pull.Body ?? string.Empty : null;

    /// <summary>Where to ask and with which token; null, after one warning, when the forge cannot be asked.</summary>
    private static (ForgeLocation Location, ForgeToken Token)? Connect(CommandContext context, Repository repository, StewardConfig config)
    {
        var target = ForgeReadAccess.Locate(context, repository, config, "merge requests", out var why);
        if (target is null)
        {
            ErrorLine.Warn(context.Error, Messages.PullRequestNotesFromCommits(why));
        }

        return target;
    }
}
