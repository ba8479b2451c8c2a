namespace Steward.Core.Planning;

/// <summary>What a pull request step does on the forge.</summary>
public enum PullRequestStepAction
{
    /// <summary>Opens the release pull request, or makes the open one as wanted (title and body).</summary>
    Reconcile,

    /// <summary>Sets the pending label on the release pull request unless it has it.</summary>
    Label,

    /// <summary>Starts <c>pr.dispatch</c>'s workflow on the release branch.</summary>
    Dispatch,
}
