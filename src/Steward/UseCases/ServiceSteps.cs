using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// What runs a plan's forge and announce steps for the engine (which sits below the forge clients): a forge step is
/// the publish's reconciliation (<see cref="ReleasePublisher"/>: read the release, do only what is missing, read again
/// after an uncertain answer), an announce step is <see cref="AnnounceRun"/> for its one announcer. The token, the
/// announcers' addresses and secrets are read from the environment here, when the step runs, never kept in a plan.
/// </summary>
/// <param name="progress">Hears each forge action as it is done ("create draft release v1.4.0").</param>
internal sealed class ServiceSteps(CommandContext context, string root, bool verbose, Action<string> progress) : IServiceSteps
{
    /// <summary>What each forge step found and did, in order: the verb reports from it.</summary>
    public List<PublishResult> Published { get; } = [];

    /// <summary>
    /// Whether a forge step's outcome ("published v1.4.0 on GitHub (acme/demo)") is the step's line (a release prints
    /// it after the step); <c>steward publish</c> prints its own report instead.
    /// </summary>
    public bool ReportOutcome { get; init; } = true;

    /// <summary>
    /// The command that finishes the job when a forge step fails: named in the failure, and the failure said as a
    /// failed publish of the tag (the release stands, and the engine says so), unless this is <c>steward publish</c>.
    /// </summary>
    public string? Rerun { get; init; }

    /// <summary>Where progress goes (an announcement's lines).</summary>
    public TextWriter Progress { get; init; } = context.Out;

    public string? Reconcile(ForgeStep step)
    {
        var location = LocationOf(step);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var settings = PublishRun.Settings(context, new PublishOptions(step.Tag, step.Wanted.Draft, null, DryRun: false, verbose));
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var client = connection.Client;
        try
        {
            var (first, done) = ReleasePublisher.PublishAsync(client, step.Wanted, root, s => progress(s.Describe(step.Wanted)), CancellationToken.None, UploadProgress())
                .GetAwaiter().GetResult();
            var result = new PublishResult(location, client.Name, first, done, client.Http.Calls, false) { Step = step };
            Published.Add(result);
            return ReportOutcome ? string.Join('\n', PublishRun.Outcome(result)) : null;
        }
        catch (ForgeHttpException e)
        {
            var failure = ForgeFailures.Word(e, client.Name, location, token, (int)settings.CallTimeout.TotalSeconds, Rerun ?? "steward publish");
            throw Rerun is null ? failure : Core.Errors.Messages.PublishStepFailed(step.Tag, failure.Message);
        }
    }

    /// <summary>
    /// Whether a failed delivery is kept for --continue (<c>steward announce</c>: the step is left to run again and the
    /// journal stays) rather than only warned about (a release's announcement: <c>steward announce</c> sends it later).
    /// </summary>
    public bool KeepUnsent { get; init; }

    /// <summary>Send again to announcers whose delivery is recorded (<c>announce --force</c>).</summary>
    public bool ForceAnnounce { get; init; }

    /// <summary>What each announce step reported, in order: <c>steward announce</c> reports from it.</summary>
    public List<AnnounceReport> Announced { get; } = [];

    public string? PullRequest(PullRequestStep step) => throw new InvalidOperationException("a release's plan has no pull request step");

    public bool Announce(AnnounceStep step)
    {
        var options = new AnnounceOptions(step.Tag, DryRun: false, Json: false, Force: ForceAnnounce, Strict: false)
        {
            Only = step.Announcer,
            Remedy = KeepUnsent ? "'steward announce --continue' sends it ('--abort' gives it up)" : "a rerun sends it",
        };
        var report = new AnnounceRun(context, options, Progress).Execute(root);
        Announced.Add(report);
        // A release's announcement only warns when a channel fails (the release stands; 'steward announce' sends it
        // later); steward announce keeps the step for --continue instead.
        return !KeepUnsent || !report.Failed;
    }

    public static ForgeLocation LocationOf(ForgeStep step) => new(step.Forge, new Uri(step.Api), step.Repository);

    /// <summary>
    /// At a terminal, a line on standard error as each upload starts, with its size: a large file takes a while and
    /// the step's line comes only when it is done. Not in logs or pipes (nor in tests).
    /// </summary>
    private Action<PublishStep>? UploadProgress()
    {
        if (!context.ErrorIsTerminal)
        {
            return null;
        }

        return step =>
        {
            if (step is { Kind: PublishStepKind.UploadAsset, Asset: { } asset })
            {
                context.Error.WriteLine($"steward: uploading {asset.Name} ({Size(asset.Size)})...");
            }
        };
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} bytes",
    };
}
