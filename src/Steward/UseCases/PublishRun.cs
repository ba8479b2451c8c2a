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
        var wanted = prepared.Wanted with
        {
            Assets = PublishAssets.Collect(repository.Root, prepared.AssetGlobs, prepared.AssetSource, client.Name, client.MaxAssetSize),
        };
        try
        {
            if (options.DryRun)
            {
                var plan = ReleasePublisher.PlanAsync(client, wanted, CancellationToken.None).GetAwaiter().GetResult();
                var calls = client.Http.Calls.Concat(plan.Steps.Select(s => client.Planned(s, plan.Existing))).ToList();
                return new PublishResult(prepared.Location, client.Name, plan, [], calls, true);
            }

            var (first, done) = ReleasePublisher.PublishAsync(client, wanted, repository.Root, step => progress(step.Describe(wanted)), CancellationToken.None)
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
        var component = ComponentResolver.Single(config);
        var tag = ReleaseTagResolver.Resolve(repository.Git, component.TagPrefix, options.Tag);
        var location = Locate(repository, config);
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
