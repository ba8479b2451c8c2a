using Steward.Core.Forge;
using Steward.Core.PullRequests;

namespace Steward.Core.Planning;

/// <summary>
/// <c>steward pr</c>'s forge part as a step after its push: the release pull request made as wanted, its pending label,
/// or the workflow started (<see cref="Action"/>). Each runs as a reconciliation: the pull request is found again by its
/// head branch and marker and only what is missing is done, so <c>--continue</c> (or a rerun) never opens a second
/// one. <see cref="Method"/> and <see cref="Endpoint"/> are the write call the plan expects (the forge's state when
/// planned); never the token. A step of kind <c>forge</c>, like a forge release.
/// </summary>
public sealed record PullRequestStep(ForgeKind Forge, string Api, string Repository, PullRequestStepAction Action, WantedPullRequest Wanted) : PlanStep
{
    public override string Kind => "forge";

    public override bool TouchesWorkTree => false;

    /// <summary>The label a <see cref="PullRequestStepAction.Label"/> step sets, or the workflow a dispatch starts.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The pull request's number when planned (null: none was open, the step creates it).</summary>
    public long? Number { get; init; }

    public string Method { get; init; } = string.Empty;

    public string Endpoint { get; init; } = string.Empty;

    /// <summary>GitLab's word for a pull request.</summary>
    public string Noun => PullRequestWords.Noun(Forge);

    /// <summary>The action as <c>--dry-run --json</c> names it.</summary>
    public string Operation => Action switch
    {
        PullRequestStepAction.Reconcile => Number is null ? "create-pull-request" : "update-pull-request",
        PullRequestStepAction.Label => "label-pull-request",
        _ => "dispatch-workflow",
    };

    /// <summary>The step as a plan prints it.</summary>
    public string Describe() => Action switch
    {
        PullRequestStepAction.Reconcile => Number is null
            ? $"forge: open the {Noun} '{Wanted.Title}' from '{Wanted.Head}' into '{Wanted.Base}' ({Method} {Endpoint})"
            : $"forge: update {PullRequestWords.Named(Forge, Number.Value)} (title and body; {Method} {Endpoint})",
        PullRequestStepAction.Label => $"forge: label the {Noun} '{Name}' unless it has it ({Method} {Endpoint})",
        _ => $"forge: start the workflow '{Name}' on '{Wanted.Head}' ({Method} {Endpoint})",
    };

}
