namespace Steward.Core.PullRequests;

/// <summary>What the forge's side of <c>steward pr</c> does with the pull request.</summary>
public enum PullRequestAction
{
    /// <summary>It is as wanted: nothing is sent.</summary>
    None,

    Create,

    Update,
}
