using System.Globalization;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Forges;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward publish</c>'s job: the release of a tag on the forge, reconciled. Reads the repository once (tag,
/// notes, assets, remote), refuses what would fail half-way before any forge call (no token, a bad key, a glob that
/// matches nothing, an asset over the limit, a tag the remote does not have), then reads the forge and does only what
/// is missing: its plan is one forge step (<see cref="ForgeStep"/>), applied by the engine, whose runner hands it to
/// <see cref="ServiceSteps"/> (the reconciliation of <see cref="ReleasePublisher"/>). A dry run reads the forge with
/// read-only calls and stops there, with the plan and the calls it would make.
/// </summary>
internal static class PublishRun
{
    /// <summary>Seconds a forge call may take (STEWARD_FORGE_TIMEOUT overrides); uploads get 30 minutes.</summary>
    public const int DefaultTimeoutSeconds = 60;

    public static PublishResult Execute(CommandContext context, Repository repository, StewardConfig config, PublishOptions options, Action<string> progress)
    {
        var step = Plan(context, repository, config, options);
        if (options.DryRun)
        {
            return Preview(context, repository, step, options);
        }

        var services = new ServiceSteps(context, repository.Root, options.Verbose, progress) { ReportOutcome = false };
        var plan = new ExecutionPlan("publish", [step]) { Subject = step.Tag, Remote = config.Release.Remote };
        PlanRun.Executor(context, repository.Root, repository.Git, services).Apply(plan, step.Tag, new Dictionary<string, string>());
        return services.Published[^1];
    }

    /// <summary>Finishes an interrupted publish: its forge step again, which does only what the forge still misses.</summary>
    public static PublishResult Continue(CommandContext context, Repository repository, bool verbose, Action<string> progress)
    {
        var services = new ServiceSteps(context, repository.Root, verbose, progress) { ReportOutcome = false };
        var result = PlanRun.Executor(context, repository.Root, repository.Git, services).Continue("publish");
        return services.Published.Count > 0 ? services.Published[^1] : throw Messages.JournalWithoutSteps("publish", result.Journal.Name());
    }

    /// <summary>
    /// Clears an interrupted publish. Nothing is undone on the forge: a release there is reconciled, never deleted, so
    /// what the interrupted run made stays, and the next publish finishes it. Returns the tag it was about.
    /// </summary>
    public static string Abort(CommandContext context, Repository repository) =>
        PlanRun.Executor(context, repository.Root, repository.Git).Abort("publish").Journal.Name();

    /// <summary>
    /// The publish's plan: one forge step, with everything the repository says about the release read and checked
    /// before any forge call (the tag, the forge, the token, the remote having the tag, the notes, the assets).
    /// </summary>
    private static ForgeStep Plan(CommandContext context, Repository repository, StewardConfig config, PublishOptions options)
    {
        var component = ComponentOf(config, options.Tag);
        var tag = ReleaseTagResolver.Resolve(repository.Git, component.TagPrefix, options.Tag);
        var location = Target(context, repository, config, options.Draft);
        var remote = config.Release.Remote;
        if (!new WorkTreeReader(repository.Git).RemoteTagExists(remote, tag.Name))
        {
            throw Messages.PublishTagNotPushed(tag.Name, remote);
        }

        var notes = PublishNotes.For(repository, component, tag.Version);
        return Step(repository, config, component, location, tag.Name, tag.Version, notes, options.Draft, options.Assets);
    }

    /// <summary>Where to publish, with what the forge refuses whatever it is asked checked first (a draft it keeps none of, no token).</summary>
    public static ForgeLocation Target(CommandContext context, Repository repository, StewardConfig config, bool draftOption)
    {
        var location = Locate(repository, config);
        RefuseDraftWithout(location, draftOption, config);
        ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        return location;
    }

    /// <summary>
    /// The forge step of one release: the wanted release (notes, draft, prerelease, latest among the component's
    /// releases) fitted to what the forge can express, and its assets (each glob must match; sizes and SHA-256).
    /// </summary>
    /// <param name="assetGlobs">--assets, or null for publish.assets.</param>
    public static ForgeStep Step(Repository repository, StewardConfig config, Core.Components.Component component, ForgeLocation location, string tag,
        Core.Versioning.SemanticVersion version, string notes, bool draftOption, IReadOnlyList<string>? assetGlobs)
    {
        var latest = ReleaseLatest.IsLatest(version, ReleaseTagResolver.ReleaseVersions(repository.Git, component.TagPrefix));
        var (globs, source) = assetGlobs is { Count: > 0 } given ? (given, "--assets") : (config.Publish.Assets, "steward.yml: publish.assets");
        var wanted = new WantedRelease(tag, tag, notes, draftOption || config.Publish.Draft, version.IsPrerelease, latest, []);
        wanted = ForgeCapabilities.Of(location.Kind).Fit(wanted) with
        {
            Assets = PublishAssets.Collect(repository.Root, globs, source, ForgeName(location.Kind), ForgeConnection.MaxAssetSize(location.Kind)),
        };
        return new ForgeStep(location.Kind, location.Api.OriginalString, location.Repository, wanted);
    }

    /// <summary>The dry run: the forge read with read-only calls, and what the step's reconciliation would do.</summary>
    private static PublishResult Preview(CommandContext context, Repository repository, ForgeStep step, PublishOptions options)
    {
        var location = ServiceSteps.LocationOf(step);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var settings = Settings(context, options);
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var client = connection.Client;
        try
        {
            var plan = ReleasePublisher.PlanAsync(client, step.Wanted, CancellationToken.None).GetAwaiter().GetResult();
            var planned = plan.Steps.SelectMany(s => client.Planned(s, plan.Existing)).ToList();
            var previewed = step with
            {
                Preview = new ForgeStepPreview([.. plan.Steps.Select(s => s.Describe(step.Wanted))], [.. planned.Select(c => $"{c.Method} {c.Url}")]),
            };
            return new PublishResult(location, client.Name, plan, [], [.. client.Http.Calls, .. planned], true) { Step = previewed };
        }
        catch (ForgeHttpException e)
        {
            throw ForgeFailures.Word(e, client.Name, location, token, (int)settings.CallTimeout.TotalSeconds);
        }
    }

    /// <summary>
    /// A draft asked of a forge that keeps none (GitLab) is refused, not ignored: the release would be public at once,
    /// which is what a draft is asked for to avoid. <c>release --publish</c> asks this before its push.
    /// </summary>
    public static void RefuseDraftWithout(ForgeLocation location, bool draftOption, StewardConfig config)
    {
        if (!ForgeCapabilities.Of(location.Kind).Drafts && (draftOption || config.Publish.Draft))
        {
            throw Messages.PublishDraftUnsupported(ForgeName(location.Kind), draftOption ? "--draft" : "steward.yml: publish.draft");
        }
    }

    /// <summary>
    /// A publish's outcome for a person: in a dry run, what it would do; otherwise the closing line after the steps
    /// printed as they were done. Then the assets left as they are and the forge's own assets left alone.
    /// </summary>
    public static IEnumerable<string> Outcome(PublishResult result)
    {
        var plan = result.Plan;
        var wanted = plan.Wanted;
        var where = $"{result.Forge} ({result.Location.Repository})";
        if (result.DryRun)
        {
            yield return plan.IsComplete
                ? $"{wanted.Tag} is on {where} as wanted; publishing would change nothing"
                : $"Publishing {wanted.Tag} on {where} would:";
            foreach (var step in plan.Steps)
            {
                yield return $"  {step.Describe(wanted)}";
            }
        }
        else
        {
            var isDraft = wanted.Draft && (plan.Existing is null || plan.Existing.Draft);
            yield return plan.IsComplete
                ? $"{wanted.Tag} is on {where} as wanted; nothing changed"
                : isDraft ? $"{wanted.Tag} is a draft on {where}, for a maintainer to publish" : $"published {wanted.Tag} on {where}";
        }

        if (plan.Unchanged.Count > 0)
        {
            yield return $"  unchanged: {string.Join(", ", plan.Unchanged)}";
        }

        if (plan.Unwanted.Count > 0)
        {
            yield return $"  left alone (not among the assets): {string.Join(", ", plan.Unwanted)}";
        }
    }

    /// <summary>The forge's name in messages, as its client says it.</summary>
    public static string ForgeName(ForgeKind kind) => kind switch
    {
        ForgeKind.GitLab => "GitLab",
        ForgeKind.Gitea => "Gitea",
        _ => "GitHub",
    };

    /// <summary>
    /// The component whose release <paramref name="tag"/> is: the one component of a plain repository; in a monorepo,
    /// the component whose tag prefix the tag starts with, followed by a version (the longest prefix, when they nest).
    /// </summary>
    public static Core.Components.Component ComponentOf(StewardConfig config, string? tag)
    {
        if (!ComponentResolver.HasComponents(config))
        {
            return ComponentResolver.Single(config);
        }

        var components = ComponentResolver.Resolve(config);
        if (tag is null)
        {
            throw Messages.PublishNeedsTagInMonorepo(components.Select(c => c.TagPrefix));
        }

        return components
            .Where(c => Core.Commits.VersionTag.VersionOf(tag, c.TagPrefix) is not null)
            .MaxBy(c => c.TagPrefix.Length)
            ?? throw Messages.PublishTagOfNoComponent(tag, components.Select(c => c.TagPrefix));
    }

    /// <summary>Where to publish: forge: in steward.yml over what the release remote's URL says.</summary>
    public static ForgeLocation Locate(Repository repository, StewardConfig config)
    {
        var remote = config.Release.Remote;
        var url = new WorkTreeReader(repository.Git).ConfigValue($"remote.{remote}.url");
        return ForgeLocationResolver.Resolve(config.Forge, remote, url);
    }

    public static ForgeHttpSettings Settings(CommandContext context, PublishOptions options)
    {
        return new ForgeHttpSettings
        {
            Clock = context.Clock,
            CallTimeout = TimeSpan.FromSeconds(ForgeReadAccess.TimeoutSeconds(context)),
            ReadOnly = options.DryRun,
            Trace = options.Verbose ? line => context.Error.WriteLine($"steward: forge: {line}") : null,
        };
    }
}
