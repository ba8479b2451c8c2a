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
/// <c>release.requireChecks</c>: the commit being released must have passed the named commit statuses and check runs
/// on the forge (or all of them). Pending ones are polled until <c>release.checksTimeout</c>, waiting on the command's
/// clock (so tests wait for nothing); a failed one refuses the release at once, naming each with its address. Called
/// while planning, before anything is written; a verb that releases (<c>release</c>, and <c>pr</c>) calls it.
/// </summary>
internal static class RequiredChecksGate
{
    /// <summary>How often pending checks are asked again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    /// <summary>The wait when <c>release.checksTimeout</c> is not set.</summary>
    public const string DefaultTimeout = "10m";

    public static void Enforce(CommandContext context, Repository repository, StewardConfig config, string sha, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        var required = config.Release.RequireChecks;
        if (required.Count == 0)
        {
            return;
        }

        for (var i = 0; i < required.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(required[i]))
            {
                throw Messages.RequiredCheckEmpty(i);
            }
        }

        var timeoutText = config.Release.ChecksTimeout ?? DefaultTimeout;
        var timeout = ParseTimeout(timeoutText);
        var (location, token) = Connect(context, repository, config);
        var settings = new ForgeHttpSettings { Clock = context.Clock, CallTimeout = TimeSpan.FromSeconds(PublishRun.DefaultTimeoutSeconds) };
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var checks = ChecksOf(location, connection.Client.Http);
        var shortSha = sha.Length > 7 ? sha[..7] : sha;
        var clock = context.Clock;
        var start = clock.GetUtcNow();
        while (true)
        {
            IReadOnlyList<CommitCheck> reported;
            try
            {
                reported = checks.ReadAsync(sha, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (ForgeHttpException e) when (e.Status >= 500 || e.Failure is ForgeFailure.Timeout or ForgeFailure.Network)
            {
                var what = e.Status >= 500 ? $"answered {e.Status.ToString(CultureInfo.InvariantCulture)}" : $"failed ({e.Reason})";
                throw Messages.RequiredChecksUnreadable(connection.Client.Name, e.Call, what, e.Attempts);
            }
            catch (ForgeHttpException e)
            {
                throw ForgeFailures.Word(e, connection.Client.Name, location, token, (int)settings.CallTimeout.TotalSeconds);
            }

            var verdict = RequiredChecks.Evaluate(required, reported);
            if (verdict.Failed.Count > 0)
            {
                throw Messages.RequiredChecksFailed(shortSha, verdict.Failed);
            }

            if (verdict.Passed)
            {
                progress.WriteLine($"checks: {string.Join(", ", required)} passed on {shortSha}");
                return;
            }

            var left = timeout - (clock.GetUtcNow() - start);
            if (left <= TimeSpan.Zero)
            {
                throw Messages.RequiredChecksTimedOut(shortSha, verdict.Waiting, timeoutText);
            }

            progress.WriteLine($"checks: waiting for {string.Join(", ", verdict.Waiting)} on {shortSha} ({(int)Math.Ceiling(left.TotalSeconds)} s left)");
            Task.Delay(left < PollInterval ? left : PollInterval, clock).GetAwaiter().GetResult();
        }
    }

    /// <summary>Seconds (<c>600</c>) or a number with s, m or h (<c>90s</c>, <c>10m</c>, <c>1h</c>).</summary>
    public static TimeSpan ParseTimeout(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var hasUnit = trimmed.Length > 0 && char.IsAsciiLetter(trimmed[^1]);
        var unit = hasUnit ? trimmed[^1] : 's';
        var digits = hasUnit ? trimmed[..^1] : trimmed;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            throw Messages.ChecksTimeoutInvalid(text);
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => throw Messages.ChecksTimeoutInvalid(text),
        };
    }

    /// <summary>The forge's checks reader: GitHub's statuses and check runs, GitLab's statuses and pipeline, Gitea's statuses.</summary>
    private static ICommitChecks ChecksOf(ForgeLocation location, ForgeHttp http) => location.Kind switch
    {
        ForgeKind.GitHub => new GitHubCommitChecks(location, http),
        ForgeKind.GitLab => new GitLabCommitChecks(location, http),
        _ => new GiteaCommitChecks(location, http),
    };

    private static (ForgeLocation Location, ForgeToken Token) Connect(CommandContext context, Repository repository, StewardConfig config) =>
        ForgeReadAccess.Locate(context, repository, config, "commit statuses", out var why)
            ?? throw Messages.RequiredChecksImpossible(why);
}
