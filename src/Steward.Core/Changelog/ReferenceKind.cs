namespace Steward.Core.Changelog;

/// <summary>What a reference in a commit points at.</summary>
public enum ReferenceKind
{
    /// <summary>A pull or merge request (a squash-merge subject's <c>(#123)</c>, or GitLab's <c>!123</c>).</summary>
    PullRequest,

    /// <summary>An issue (or a work item on Azure DevOps) from a footer such as <c>Closes #12</c>.</summary>
    Issue,

    /// <summary>A CVE identifier.</summary>
    Advisory,

    /// <summary>A user's handle written in the description (<c>@octocat</c>), on a forge that has user pages.</summary>
    Mention,
}
