using Steward.Changelog;
using Steward.Configuration;
using Steward.Core.Announce;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward announce</c>'s plan: one <see cref="AnnounceStep"/> per release and announcer, no address or secret in it.
/// The releases are the one asked with --tag; in a plain repository else the newest release reachable from HEAD; in a
/// monorepo else the newest release of each --component, or of every component whose newest release is at HEAD.
/// </summary>
internal static class AnnouncePlanner
{
    public static ExecutionPlan Plan(Repository repository, StewardConfig config, AnnounceOptions options)
    {
        var announcers = Announcer.From(config.Announce);
        if (announcers.Count == 0)
        {
            throw Messages.NoAnnouncers();
        }

        var tags = Tags(repository, config, options);
        List<PlanStep> steps = [.. tags.SelectMany(tag => announcers
            .Where(a => options.Only is null || a.Name == options.Only)
            .Select(a => new AnnounceStep(a.Name, KindOf(a), tag)))];
        return new ExecutionPlan("announce", steps) { Subject = string.Join(", ", tags), Remote = config.Release.Remote };
    }

    /// <summary>An announcer's kind as steps and reports name it (slack).</summary>
    public static string KindOf(Announcer announcer) => announcer.Kind.ToString().ToLowerInvariant();

    /// <summary>The release tag <paramref name="asked"/> of the component, or its newest release reachable from HEAD.</summary>
    public static VersionTag TagOf(ReleaseHistory history, string? asked, Component component)
    {
        if (asked is not null)
        {
            return history.Tags.LastOrDefault(t => t.Name == asked) ?? throw Messages.AnnounceTagUnknown(asked);
        }

        return history.ReachableTags.Count > 0
            ? history.ReachableTags[^1]
            : throw (component.IsRoot ? Messages.NoReleaseToAnnounce() : Messages.NoComponentReleaseToAnnounce(component.Name));
    }

    private static List<string> Tags(Repository repository, StewardConfig config, AnnounceOptions options)
    {
        if (!ComponentResolver.HasComponents(config))
        {
            var root = ComponentResolver.Select(config, options.Components)[0];
            using var history = ReleaseHistory.Open(repository, root);
            return [TagOf(history, options.Tag, root).Name];
        }

        if (options.Tag is { } tag)
        {
            if (options.Components.Count > 0)
            {
                throw Messages.AnnounceTagAndComponent();
            }

            var component = PublishRun.ComponentOf(config, tag);
            using var history = ReleaseHistory.Open(repository, component);
            return [TagOf(history, tag, component).Name];
        }

        var named = options.Components.Count > 0;
        var head = named ? null : new WorkTreeReader(repository.Git).HeadSha();
        var selected = ComponentResolver.Select(config, options.Components);
        var tags = new List<string>();
        foreach (var component in selected)
        {
            using var history = ReleaseHistory.Open(repository, component);
            if (named)
            {
                tags.Add(TagOf(history, null, component).Name);
            }
            else if (history.ReachableTags.Count > 0 && history.ReachableTags[^1].Sha == head)
            {
                tags.Add(history.ReachableTags[^1].Name);
            }
        }

        return tags.Count > 0 ? tags : throw Messages.NoComponentReleaseAtHeadToAnnounce(selected.Select(c => c.TagPrefix + "X.Y.Z"));
    }
}
