using Steward.Artifacts;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// What runs <c>forge doctor --fix</c>'s steps for the engine. Each is a reconciliation: what the forge has is read
/// first (by the run that planned, an instant ago; by <c>--continue</c>, once, before its first write), and a label
/// that exists or settings that carry the description are left, so a fix run again changes nothing. The token is read
/// from the environment when a step runs.
/// </summary>
internal sealed class ForgeDoctorServiceSteps(CommandContext context, bool verbose) : IServiceSteps
{
    private HashSet<string>? labels;
    private bool settingsKnownUnset;

    /// <summary>The fixes this run made, in order (a fix the forge already had is not one).</summary>
    public List<ForgeFixStep> Made { get; } = [];

    /// <summary>What the planning read: the label names, and that the settings did not carry the description.</summary>
    public void Know(IReadOnlySet<string>? names)
    {
        labels = names is null ? null : new HashSet<string>(names, StringComparer.Ordinal);
        settingsKnownUnset = true;
    }

    public string? Fix(ForgeFixStep step)
    {
        var location = new ForgeLocation(step.Forge, new Uri(step.Api), step.Repository);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, DryRun: false, verbose));
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        try
        {
            if (step.Action == ForgeFixAction.CreateLabel ? MakeLabel(connection, location, step) : SetMessages(connection, location))
            {
                Made.Add(step);
            }

            return null;
        }
        catch (ForgeHttpException e)
        {
            var forge = connection.Client.Name;
            throw e.Failure == ForgeFailure.Status && e.Status == 403
                ? Messages.ForgeDoctorFixForbidden(step.What, forge, e.Call, token.Variable, e.Reason, Access(step.Action, location.Kind))
                : Messages.ForgeDoctorFixFailed(step.What, ForgeFailures.Word(e, forge, location, token, (int)settings.CallTimeout.TotalSeconds, Messages.ForgeDoctorContinue).Message);
        }
    }

    private bool MakeLabel(ForgeConnection connection, ForgeLocation location, ForgeFixStep step)
    {
        var client = RepositoryLabelsClients.For(connection, location);
        labels ??= client.NamesAsync(CancellationToken.None).GetAwaiter().GetResult().ToHashSet(StringComparer.Ordinal);
        if (labels.Contains(step.Name))
        {
            return false;
        }

        client.CreateAsync(step.Name, step.Description, CancellationToken.None).GetAwaiter().GetResult();
        labels.Add(step.Name);
        return true;
    }

    private bool SetMessages(ForgeConnection connection, ForgeLocation location)
    {
        var client = ForgeMergeMessageFixer.For(location, connection.Client.Http) ?? throw new InvalidOperationException("Gitea has no commit message settings to set");
        if (!settingsKnownUnset && client.ReadAsync(CancellationToken.None).GetAwaiter().GetResult().CarriesDescription)
        {
            return false;
        }

        client.SetAsync(CancellationToken.None).GetAwaiter().GetResult();
        settingsKnownUnset = false;
        return true;
    }

    /// <summary>What a token needs for the fix, in the forge's own terms.</summary>
    private static string Access(ForgeFixAction action, ForgeKind forge) => (action, forge) switch
    {
        (ForgeFixAction.CreateLabel, ForgeKind.GitHub) => "issues: write to make labels",
        (ForgeFixAction.CreateLabel, ForgeKind.GitLab) => "the Reporter role or higher to make labels",
        (ForgeFixAction.CreateLabel, _) => "the write:issue scope to make labels",
        (_, ForgeKind.GitLab) => "the Maintainer role to change the project's commit templates",
        _ => "administration: write to change the repository's commit message settings",
    };

    public string? Reconcile(ForgeStep step) => throw new InvalidOperationException("a plan of steward forge doctor --fix has no forge release step");

    public string? PullRequest(PullRequestStep step) => throw new InvalidOperationException("a plan of steward forge doctor --fix has no pull request step");

    public bool Announce(AnnounceStep step) => throw new InvalidOperationException("a plan of steward forge doctor --fix has no announce step");
}
