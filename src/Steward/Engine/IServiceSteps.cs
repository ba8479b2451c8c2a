using Steward.Core.Planning;

namespace Steward.Engine;

/// <summary>
/// What runs the steps that act outside git (a forge release, an announcement), given to the executor by the verb
/// that made the plan: the engine sits below the forge clients and the announcers, so it sequences and journals these
/// steps and hands their work to this. Both are reconciliations: each reads what exists first and does only what is
/// missing, so a step run again (<c>--continue</c>) never duplicates anything.
/// </summary>
internal interface IServiceSteps
{
    /// <summary>Makes the forge's release the step's wanted one; returns the line to print once done, or null.</summary>
    string? Reconcile(ForgeStep step);

    /// <summary>Does a pull request step on the forge (found again by head branch and marker); returns the line to print, or null.</summary>
    string? PullRequest(PullRequestStep step);

    /// <summary>
    /// Makes one <c>forge doctor --fix</c> fix on the forge unless it has it already; returns the line to print, or null.
    /// Only <c>forge doctor</c>'s plans have such steps, so no other verb's steps implement it.
    /// </summary>
    string? Fix(ForgeFixStep step) => throw new InvalidOperationException("only a plan of steward forge doctor --fix has a fix step");

    /// <summary>
    /// Announces the step's release to its announcer unless its delivery is recorded already. A failed delivery is a
    /// warning said here (the release stands), unless the verb asked for strictness: then it throws. Returns false when
    /// the delivery failed and the verb keeps it for --continue (the journal stays once the other steps have run).
    /// </summary>
    bool Announce(AnnounceStep step);
}
