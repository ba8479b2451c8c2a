using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Git;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// What a history verb works on: the project, its repository and configuration, the component, and its release range
/// (read once per run: every decision of the run is made over this one reading).
/// </summary>
internal sealed record HistoryScope(
    ProjectDirectory Project,
    Repository Repository,
    StewardConfig Config,
    Component Component,
    ReleaseRangeReader Reader,
    ReleaseRange Range)
{
    public string TagPrefix => Component.TagPrefix;

    /// <summary>
    /// Reads the component's release range: since its last release (or --from) up to HEAD (or --to). With
    /// <paramref name="headAsFound"/> (a verb that has not moved HEAD since it found the repository), HEAD is taken as
    /// found rather than asked of git again. With <paramref name="decidesVersion"/> (the run decides the next version at
    /// HEAD, which reads the retractions in the changelog as committed there), that changelog is read while the history
    /// is walked.
    /// </summary>
    public static HistoryScope Read(
        ProjectDirectory project, Repository repository, StewardConfig config, Component component, string? from = null, Core.Versioning.SemanticVersion? fromVersion = null, string? to = null, bool headAsFound = false, bool decidesVersion = false)
    {
        var reader = new ReleaseRangeReader(repository.Git, headAsFound ? repository.Head : null);
        if (decidesVersion && headAsFound && to is null && repository.Head is { } head)
        {
            if (component.ChangelogFile == ChangelogConfig.DefaultFile && !head.CommitsDefaultChangelog)
            {
                // Finding the repository already asked whether HEAD has it: no git needs to start for a file that is not there.
                reader.KnowAbsent(head.Sha, component.ChangelogFile);
            }
            else
            {
                reader.ReadCommittedFileAhead(head.Sha, component.ChangelogFile);
            }
        }

        return new HistoryScope(project, repository, config, component, reader, reader.Read(component.TagPrefix, from, fromVersion, to));
    }
}
