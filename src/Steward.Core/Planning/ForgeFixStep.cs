using Steward.Core.Forge;

namespace Steward.Core.Planning;

/// <summary>
/// One fix of <c>steward forge doctor --fix</c> on the forge: a label made (<see cref="Name"/>, with its
/// <see cref="Description"/>) or the squash and merge commit message settings set. Planned only when the forge's state,
/// read first, needs it; run as a reconciliation (what the forge has is read again on <c>--continue</c>, and a label
/// or setting already there is left), so a step run twice changes nothing the second time. <see cref="Method"/> and
/// <see cref="Endpoint"/> are the write call; never the token. Nothing local changes, so nothing is undone. A step of
/// kind <c>forge</c>, like a forge release.
/// </summary>
public sealed record ForgeFixStep(ForgeKind Forge, string Api, string Repository, ForgeFixAction Action) : PlanStep
{
    public override string Kind => "forge";

    public override bool TouchesWorkTree => false;

    /// <summary>The label a <see cref="ForgeFixAction.CreateLabel"/> step makes (empty for the settings).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The description the label is made with.</summary>
    public string Description { get; init; } = string.Empty;

    public string Method { get; init; } = string.Empty;

    public string Endpoint { get; init; } = string.Empty;

    /// <summary>The action as <c>--dry-run --json</c> names it.</summary>
    public string Operation => Action == ForgeFixAction.CreateLabel ? "create-label" : "set-merge-messages";

    /// <summary>The fix as a person reads it, without the call: what <c>--abort</c> says was or was not made.</summary>
    public string What => Action == ForgeFixAction.CreateLabel
        ? $"the label '{Name}'"
        : "the squash and merge commit messages";

    /// <summary>The step as a plan prints it.</summary>
    public string Describe() => Action == ForgeFixAction.CreateLabel
        ? $"forge: make the label '{Name}' ({Method} {Endpoint})"
        : $"forge: set squash and merge commits to carry the pull request's title and description ({Method} {Endpoint})";
}
