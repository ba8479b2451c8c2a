namespace Steward.Core.PullRequests;

/// <summary>The release pull request as <c>steward pr</c> wants it: head and base branch, title, body (notes and marker).</summary>
public sealed record WantedPullRequest(string Head, string Base, string Title, string Body);
