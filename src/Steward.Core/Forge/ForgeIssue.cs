namespace Steward.Core.Forge;

/// <summary>An open issue or pull request on the forge, as a release blocker is listed.</summary>
/// <param name="Number">Its number on the forge.</param>
/// <param name="Title">Its title, as contributors wrote it.</param>
/// <param name="Page">The address of its page on the forge.</param>
/// <param name="IsPullRequest">A pull (merge) request rather than an issue.</param>
public sealed record ForgeIssue(long Number, string Title, string Page, bool IsPullRequest);
