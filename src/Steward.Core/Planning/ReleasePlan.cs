using Steward.Core.Configuration;
using Steward.Core.Versioning;

namespace Steward.Core.Planning;

/// <summary>
/// Everything a release will do, computed before anything runs: the version and why, the gates, the file edits, the
/// notes, and the git steps. <c>--dry-run</c> prints it; applying it is all-or-nothing up to the push.
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

    /// <summary>The annotated tag's message: the tag message template filled in, or the notes.</summary>
    public string TagMessage =>
        Planning.TagMessageTemplate.Render(TagMessageTemplate, Version.ToString(), Tag, PreviousVersion?.ToString(), Notes);

    /// <summary>Every path the release commit takes, before hooks add theirs.</summary>
    public IReadOnlyList<string> CommitPaths =>
        Edits.Where(e => e.Changes).Select(e => e.RelativePath).Concat(HandEditedPaths).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The git commands the release runs, as argument arrays, in order (shown by --dry-run).</summary>
    public IReadOnlyList<IReadOnlyList<string>> GitSteps
    {
        get
        {
            var steps = new List<IReadOnlyList<string>>
            {
                (string[])["git", "add", "--", .. CommitPaths],
                (string[])["git", "commit", "-m", CommitMessage],
                Sign ? ["git", "tag", "-s", Tag, "-F", "<release notes>"] : ["git", "tag", "-a", Tag, "-F", "<release notes>"],
            };
            if (Push)
            {
                steps.Add(["git", "push", "--atomic", Remote, $"HEAD:refs/heads/{Branch}", $"refs/tags/{Tag}"]);
            }

            return steps;
        }
    }
}
