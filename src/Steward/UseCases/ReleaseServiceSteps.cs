using Steward.Cli;
using Steward.Core.Announce;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Releasing;

namespace Steward.UseCases;

/// <summary>
/// The steps a release adds after its push: with <c>--publish</c> one forge step per released tag (a monorepo's
/// components each get theirs), with <c>--announce</c> one announce step per announcer. Planned with the release, so
/// what would fail whatever the forge says (no token, a draft GitLab cannot keep, an asset glob that matches nothing)
/// is refused before anything is written, and a failure after the push leaves the journal for --continue.
/// </summary>
internal static class ReleaseServiceSteps
{
    public static ExecutionPlan Append(CommandContext context, ExecutionPlan plan, Repository repository, StewardConfig config,
        IReadOnlyList<(Component Component, ReleasePlan Release)> releases, ReleaseOptions options, bool announce)
    {
        var added = new List<PlanStep>();
        if (options.Publish)
        {
            var location = PublishRun.Target(context, repository, config, draftOption: false);
            foreach (var (component, release) in releases)
            {
                var notes = PublishNotes.Planned(repository.Root, component, release);
                added.Add(PublishRun.Step(repository, config, component, location, release.Tag, release.Version, notes, draftOption: false, assetGlobs: null));
            }
        }

        if (announce)
        {
            var announcers = Announcer.From(config.Announce);
            if (announcers.Count == 0)
            {
                throw Messages.NoAnnouncers();
            }

            foreach (var (_, release) in releases)
            {
                added.AddRange(announcers.Select(a => new AnnounceStep(a.Name, a.Kind.ToString().ToLowerInvariant(), release.Tag)));
            }
        }

        return added.Count == 0 ? plan : plan with { Steps = [.. plan.Steps, .. added] };
    }
}
