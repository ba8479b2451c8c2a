using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Core.PullRequests;
using Steward.Engine;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// What runs <c>steward pr</c>'s forge steps for the engine: each finds the release pull request again (head branch and
/// marker) and does only what is missing, so a step run again by <c>--continue</c> never opens a second pull request
/// and never sends an update the forge already has. The token is read from the environment when a step runs.
/// </summary>
internal sealed class PullRequestServiceSteps(CommandContext context, bool verbose) : IServiceSteps
{
    private bool known;
    private ForgePullRequest? current;

    /// <summary>Every call the steps made, in order (the verb reports them with the planning's reads).</summary>
    public List<ForgeCall> Calls { get; } = [];

    /// <summary>The release pull request as the last step left it (null: no step read or made it).</summary>
    public ForgePullRequest? Pull => current;

    /// <summary>What the reconcile step found it had to do (None when it did not run, or found the pull request as wanted).</summary>
    public PullRequestAction Done { get; private set; } = PullRequestAction.None;

    public bool Labelled { get; private set; }

    public bool Dispatched { get; private set; }

    /// <summary>
    /// The open pull request the plan was made against (null: none), read by this same run an instant ago: the steps
    /// start from it instead of reading it again. Never set by <c>--continue</c>, whose steps read the forge first.
    /// </summary>
    public void Know(ForgePullRequest? open)
    {
        known = true;
        current = open;
    }

    public string? PullRequest(PullRequestStep step)
    {
        var location = new ForgeLocation(step.Forge, new Uri(step.Api), step.Repository);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, DryRun: false, verbose));
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var client = PullRequestClients.For(connection, location);
        try
        {
            Run(client, step);
            return null;
        }
        catch (ForgeHttpException e)
        {
            throw ForgeFailures.Word(e, client.Name, location, token, (int)settings.CallTimeout.TotalSeconds, "steward pr");
        }
        finally
        {
            Calls.AddRange(client.Http.Calls);
        }
    }

    private void Run(IPullRequestClient client, PullRequestStep step)
    {
        var wanted = step.Wanted;
        if (!known)
        {
            var pulls = client.FindByHeadAsync(wanted.Head, CancellationToken.None).GetAwaiter().GetResult();
            current = ReleasePullRequests.FindOpen(pulls, wanted.Head, wanted.Base);
            known = true;
        }

        switch (step.Action)
        {
            case PullRequestStepAction.Reconcile:
                Done = ReleasePullRequests.Decide(current, wanted);
                current = Done switch
                {
                    PullRequestAction.Create => client.CreateAsync(wanted, CancellationToken.None).GetAwaiter().GetResult(),
                    PullRequestAction.Update => client.UpdateAsync(current!, wanted, CancellationToken.None).GetAwaiter().GetResult(),
                    _ => current,
                };
                break;
            case PullRequestStepAction.Label:
                var pull = current ?? throw Messages.PullRequestNotOpenToLabel(wanted.Head, step.Name);

                // Information for people: a label already there is what was wanted.
                if (!pull.Labels.Contains(step.Name, StringComparer.Ordinal))
                {
                    client.AddLabelsAsync(pull, [step.Name], CancellationToken.None).GetAwaiter().GetResult();
                    current = pull with { Labels = [.. pull.Labels, step.Name] };
                    Labelled = true;
                }

                break;
            default:
                client.DispatchAsync(step.Name, wanted.Head, CancellationToken.None).GetAwaiter().GetResult();
                Dispatched = true;
                break;
        }
    }

    public string? Reconcile(ForgeStep step) => throw new InvalidOperationException("a plan of steward pr has no forge release step");

    public bool Announce(AnnounceStep step) => throw new InvalidOperationException("a plan of steward pr has no announce step");
}
