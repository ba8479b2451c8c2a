namespace Steward.Core.Errors;

/// <summary>Release pull requests of a monorepo: <c>pr.split</c>.</summary>
public static partial class Messages
{
    public static StewardException PullRequestSplitUnknown(string text) =>
        Invalid($"steward.yml: pr.split: '{text}' is not a way to split release pull requests; use none or component (see docs/pr.md)");
}
