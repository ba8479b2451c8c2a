using Steward.Core.Planning;

namespace Steward.UseCases;

/// <summary>
/// What one release pull request carries: one component's release, every releasing component of a monorepo's
/// (<c>pr.split: none</c>), or one release unit's (<c>pr.split: component</c>: a group, or a component in none).
/// </summary>
/// <param name="Name">The release unit of a split monorepo (its branch and marker name it); null otherwise.</param>
/// <param name="Version">The release in words: <c>1.1.0</c>, or <c>api 1.3.0, web 2.0.1</c> (the journal's version).</param>
/// <param name="MarkerVersion">The marker's version: <c>1.1.0</c>, or <c>api@1.3.0,web@2.0.1</c>.</param>
/// <param name="Tag">The tag, or the tags joined with commas.</param>
/// <param name="TitleVersion">{version} in pr.title: short when many components release.</param>
/// <param name="TitleTag">{tag} in pr.title: short when many components release.</param>
/// <param name="Edits">The release commit's files (VERSION, targets, changelogs), as steward release writes them.</param>
/// <param name="CommitMessage">The release commit's message, as steward release writes it.</param>
/// <param name="Parts">Each component's release, for the body.</param>
internal sealed record PullRequestUnit(
    string? Name,
    string Version,
    string MarkerVersion,
    string Tag,
    string TitleVersion,
    string TitleTag,
    IReadOnlyList<PlannedFileEdit> Edits,
    string CommitMessage,
    IReadOnlyList<PullRequestUnitPart> Parts);
