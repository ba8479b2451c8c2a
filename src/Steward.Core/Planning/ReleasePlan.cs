using Steward.Core.Configuration;
using Steward.Core.Forge;
using Steward.Core.Freeze;
using Steward.Core.Text;
using Steward.Core.Versioning;

namespace Steward.Core.Planning;

/// <summary>
/// Everything a release will do, computed before anything runs: the version and why, the gates, the file edits, the
/// notes. The engine's steps are made from it (ReleaseSteps); <c>--dry-run</c> prints those.
/// </summary>
public sealed record ReleasePlan(
    SemanticVersion Version,
    SemanticVersion? PreviousVersion,
    string Tag,
    string Reason,
    string Branch,
    IReadOnlyList<GateConfig> Gates,
    IReadOnlyList<PlannedFileEdit> Edits,
    string CommitMessage,
    string Notes,
    bool Sign,
    bool Push,
    string Remote,
    ReleaseHooksConfig Hooks)
{
    /// <summary>Files already changed by hand that belong in the release commit as they are (a hand-edited VERSION).</summary>
    public IReadOnlyList<string> HandEditedPaths { get; init; } = [];

    private readonly string? tagMessageTemplate;

    /// <summary><c>release.tagMessage</c>, or null for the notes; checked when the plan is made, before anything runs.</summary>
    public string? TagMessageTemplate
    {
        get => tagMessageTemplate;
        init => tagMessageTemplate = Planning.TagMessageTemplate.Check(value);
    }

    /// <summary>
    /// The annotated tag's message: the tag message template filled in, or the notes. A hand-edited CHANGELOG.md entry
    /// can be the notes, so the message passes the tag sanitiser whatever its source.
    /// </summary>
    public string TagMessage =>
        UntrustedText.TagMessage(WithOverride(
            Planning.TagMessageTemplate.Render(TagMessageTemplate, Version.ToString(), Tag, PreviousVersion?.ToString(), Notes)));

    /// <summary>The freeze this release overrides (who and why, recorded in the tag message too), or null.</summary>
    public FreezeOverride? FreezeOverride { get; init; }

    /// <summary>The open release blockers this release was made over (who, why and which, recorded in the tag message too), or null.</summary>
    public BlockerOverride? BlockerOverride { get; init; }

    private string WithOverride(string message)
    {
        var withFreeze = FreezeOverride?.AppendTo(message) ?? message;
        return BlockerOverride?.AppendTo(withFreeze) ?? withFreeze;
    }

    /// <summary>
    /// The base commit a merged release pull request was last built from, when HEAD's release came from one (the release
    /// then tags HEAD and labels the pull request); null otherwise.
    /// </summary>
    public string? MergedPullRequestBase { get; init; }

    /// <summary>Every path the release commit takes, before hooks add theirs.</summary>
    public IReadOnlyList<string> CommitPaths =>
        Edits.Where(e => e.Changes).Select(e => e.RelativePath).Concat(HandEditedPaths).Distinct(StringComparer.Ordinal).ToList();
}
