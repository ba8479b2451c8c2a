using System.Globalization;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward publish</c>'s job: the release of a tag on the forge, reconciled. Reads the repository once (tag,
/// notes, assets, remote), refuses what would fail half-way before any forge call (no token, a bad key, a glob that
/// matches nothing, an asset over the limit, a tag the remote does not have), then reads the forge and does only what
/// is missing (<see cref="ReleasePublisher"/>). A dry run stops after the read, with the plan and the calls it would make.
/// </summary>
internal static class PublishRun
{
    /// <summary>Seconds a forge call may take (STEWARD_FORGE_TIMEOUT overrides); uploads get 30 minutes.</summary>
    public const int DefaultTimeoutSeconds = 60;

    public static PublishResult Execute(CommandContext context, Repository repository, StewardConfig config, PublishOptions options, Action<string> progress)
    {
        var prepared = Prepare(context, repository, config, options);
        var settings = Settings(context, options);
        using var connection = ForgeConnection.Open(prepared.Location, prepared.Token, settings, $"steward/{ToolVersion.Current}");
        var client = connection.Client;
        var wanted = ForgeCapabilities.Of(prepared.Location.Kind).Fit(prepared.Wanted) with
        {
            Assets = PublishAssets.Collect(repository.Root, prepared.AssetGlobs, prepared.AssetSource, client.Name, client.MaxAssetSize),
        };
        try
        {
            if (options.DryRun)
            {
                var plan = ReleasePublisher.PlanAsync(client, wanted, CancellationToken.None).GetAwaiter().GetResult();
                var calls = client.Http.Calls.Concat(plan.Steps.SelectMany(s => client.Planned(s, plan.Existing))).ToList();
                return new PublishResult(prepared.Location, client.Name, plan, [], calls, true);
            }

            var (first, done) = ReleasePublisher.PublishAsync(client, wanted, repository.Root, step => progress(step.Describe(wanted)), CancellationToken.None, UploadProgress(context))
                .GetAwaiter().GetResult();
            return new PublishResult(prepared.Location, client.Name, first, done, client.Http.Calls, false);
        }
        catch (ForgeHttpException e)
        {
            throw ForgeFailures.Word(e, client.Name, prepared.Location, prepared.Token, (int)settings.CallTimeout.TotalSeconds);
        }
    }

    /// <summary>The forge, the token and the repository's side of the release, read and checked before any forge call.</summary>
    private static PreparedPublish Prepare(CommandContext context, Repository repository, StewardConfig config, PublishOptions options)
    {
        var component = ComponentOf(config, options.Tag);
        var tag = ReleaseTagResolver.Resolve(repository.Git, component.TagPrefix, options.Tag);
        var location = Locate(repository, config);
        RefuseDraftWithout(location, options.Draft, config);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var remote = config.Release.Remote;
        if (!new WorkTreeReader(repository.Git).RemoteTagExists(remote, tag.Name))
        {
            throw Messages.PublishTagNotPushed(tag.Name, remote);
        }

        var notes = PublishNotes.For(repository, component, tag.Version);
        var latest = ReleaseLatest.IsLatest(tag.Version, ReleaseTagResolver.ReleaseVersions(repository.Git, component.TagPrefix));
        var wanted = new WantedRelease(tag.Name, tag.Name, notes, options.Draft || config.Publish.Draft, tag.Version.IsPrerelease, latest, []);
        return options.Assets is { Count: > 0 } globs
            ? new PreparedPublish(location, token, wanted, globs, "--assets")
            : new PreparedPublish(location, token, wanted, config.Publish.Assets, "steward.yml: publish.assets");
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

    /// <summary>The forge's name in messages, as its client says it.</summary>
    public static string ForgeName(ForgeKind kind) => kind switch
    {
        ForgeKind.GitLab => "GitLab",
        ForgeKind.Gitea => "Gitea",
        _ => "GitHub",
    };

    /// <summary>
    /// At a terminal, a line on standard error as each upload starts, with its size: a large file takes a while and
    /// the step's line comes only when it is done. Not in logs or pipes (nor in tests).
    /// </summary>
    private static Action<PublishStep>? UploadProgress(CommandContext context)
    {
        if (!context.ErrorIsTerminal)
        {
            return null;
        }

        return step =>
        {
            if (step is { Kind: PublishStepKind.UploadAsset, Asset: { } asset })
            {
                context.Error.WriteLine($"steward: uploading {asset.Name} ({Size(asset.Size)})...");
            }
        };
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} bytes",
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

    /// <summary>The release tag at HEAD (the highest, if several point at it): what a release just made.</summary>
    public static string TagAtHead(Repository repository, StewardConfig config) =>
        ReleaseTagResolver.Resolve(repository.Git, ComponentResolver.Single(config).TagPrefix, null).Name;

    /// <summary>Where to publish: forge: in steward.yml over what the release remote's URL says.</summary>
    public static ForgeLocation Locate(Repository repository, StewardConfig config)
    {
        var remote = config.Release.Remote;
        var url = new WorkTreeReader(repository.Git).ConfigValue($"remote.{remote}.url");
        return ForgeLocationResolver.Resolve(config.Forge, remote, url);
    }

    public static ForgeHttpSettings Settings(CommandContext context, PublishOptions options)
    {
        var seconds = int.TryParse(context.GetEnvironment("STEWARD_FORGE_TIMEOUT"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
            ? s
            : DefaultTimeoutSeconds;
        return new ForgeHttpSettings
        {
            Clock = context.Clock,
            CallTimeout = TimeSpan.FromSeconds(seconds),
            ReadOnly = options.DryRun,
            Trace = options.Verbose ? line => context.Error.WriteLine($"steward: forge: {line}") : null,
        };
    }

    private sealed record PreparedPublish(ForgeLocation Location, ForgeToken Token, WantedRelease Wanted, IReadOnlyList<string> AssetGlobs, string AssetSource);
}
