namespace Steward.Core.Commits;

/// <summary>A pull request whose description is to be read from the forge, and the commits that stand for it.</summary>
/// <param name="Number">Its number (a GitLab merge request's iid).</param>
/// <param name="Reference">As the notes write it: <c>#15</c>, <c>!12</c>.</param>
/// <param name="Shas">The commits of the range that name it (a merge, a squash; usually one).</param>
public sealed record PullRequestAsked(long Number, string Reference, IReadOnlyList<string> Shas);
