namespace Steward.Core.Errors;

/// <summary>Merge commits and pull request descriptions: <c>commits.merges</c>.</summary>
public static partial class Messages
{
    public static StewardException MergePolicyUnknown(string text) =>
        Invalid($"steward.yml: commits.merges: '{text}' is not a merge policy; use branch-commits, pr-title or both (see docs/changelog.md)");
}
