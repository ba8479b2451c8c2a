namespace Steward.Core.Planning;

/// <summary>What a <c>forge doctor --fix</c> step changes on the forge.</summary>
public enum ForgeFixAction
{
    /// <summary>Makes a label Steward sets or reads, unless the repository has one of that name.</summary>
    CreateLabel,

    /// <summary>Sets squash and merge commits to carry the pull request's title and description, unless they do.</summary>
    SetMergeMessages,
}
