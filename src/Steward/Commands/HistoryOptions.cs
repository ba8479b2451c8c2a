using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>The range options <c>next</c> and <c>log</c> share, and the reading of the release range they select.</summary>
internal sealed class HistoryOptions
{
    private readonly StartedAhead startedAhead = new();
    private (ParseResult Parse, ProjectDirectory Project, Repository Repository, StewardConfig Config)? opened;

    public Option<string?> From { get; } = new("--from")
    {
        Description = "Count from this release tag instead of the last release (any commit, with --from-version)",
        HelpName = "REF",
    };

    public Option<string?> FromVersion { get; } = new("--from-version")
    {
        Description = "The version released at --from, when --from is not a release tag",
        HelpName = "V",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = "Answer for this revision instead of HEAD, ignoring tags on it and after it",
        HelpName = "REV",
    };

    public Option<string?> TagPrefix { get; } = new("--tag-prefix")
    {
        Description = "Prefix of release tags (default: tagPrefix in steward.yml, or 'v')",
        HelpName = "PREFIX",
    };

    public IEnumerable<Option> All => [From, FromVersion, To, TagPrefix];

    /// <summary>The verb's action, after which the gits <see cref="Read"/>'s repository started ahead are ended (<see cref="StartedAhead"/>).</summary>
    public Func<ParseResult, int> EndingReadsAhead(Func<ParseResult, int> action) => startedAhead.Around(action);

    /// <summary>The repository, its configuration and the release range the options select.</summary>
    /// <summary>
    /// Every component's release range from one history walk when steward.yml has components (a monorepo), else null
    /// (the verb reads its one component with <see cref="Read"/>). --component names must be components; --from, --to
    /// and --tag-prefix are about one component's tags, so a monorepo refuses them.
    /// </summary>
    public MonorepoHistory? ReadMonorepo(ParseResult parse, CommandContext context, IReadOnlyList<string> only)
    {
        var (project, repository, config) = Open(parse, context);
        if (!ComponentResolver.HasComponents(config))
        {
            return only.Count > 0 ? throw Messages.ComponentOptionWithoutComponents(only[0]) : null;
        }

        foreach (var option in new Option[] { From, FromVersion, To, TagPrefix }.Where(o => parse.GetResult(o) is not null))
        {
            throw Messages.MonorepoOptionUnsupported(option.Name);
        }

        var components = ComponentResolver.Resolve(config);
        var known = components.Select(c => c.Name).ToList();
        foreach (var name in only.Where(n => !known.Contains(n)))
        {
            throw Messages.UnknownComponentOption(name, known);
        }

        return MonorepoHistory.Read(project, repository, config, components, headAsFound: true);
    }

    /// <param name="decidesVersion">The verb decides the next version over the range (next), which reads the committed changelog.</param>
    public HistoryScope Read(ParseResult parse, CommandContext context, bool decidesVersion = false)
    {
        var (project, repository, config) = Open(parse, context);
        var component = ComponentResolver.Single(config);
        component = component with { TagPrefix = parse.GetValue(TagPrefix) ?? component.TagPrefix };
        var from = parse.GetValue(From);
        var fromVersionText = parse.GetValue(FromVersion);
        if (fromVersionText is not null && from is null)
        {
            throw Messages.FromVersionWithoutFrom();
        }

        var fromVersion = fromVersionText is null ? null : VersionRequest.ParseVersion(fromVersionText, "--from-version");
        // next and log only read: HEAD is still where the repository was found.
        return HistoryScope.Read(project, repository, config, component, from, fromVersion, parse.GetValue(To), headAsFound: true, decidesVersion);
    }

    /// <summary>
    /// The repository and its configuration, found once per command line: a verb asks <see cref="ReadMonorepo"/> first
    /// and then <see cref="Read"/>, and each would otherwise start git to find the repository and parse steward.yml again.
    /// </summary>
    private (ProjectDirectory Project, Repository Repository, StewardConfig Config) Open(ParseResult parse, CommandContext context)
    {
        if (opened is { } known && ReferenceEquals(known.Parse, parse))
        {
            return (known.Project, known.Repository, known.Config);
        }

        // One component's verbs list the tags right after finding the repository, so git lists them meanwhile. A monorepo
        // lists its components' tags another way: where steward.yml at hand names components, nothing is started ahead.
        var project = startedAhead.Open(context, GlobalOptions.DirectoryOf(parse));
        var repository = project.Repository
            ?? throw Messages.NotInRepository(project.Root);
        var config = LoadConfig(project, repository);
        StopTagsReadAheadInMonorepo(repository, config);
        opened = (parse, project, repository, config);
        return (project, repository, config);
    }

    /// <summary>
    /// A monorepo lists its components' tags another way (without reading every tag object, which its tens of thousands
    /// of tags would make costly). Run from a subdirectory, steward.yml was not at hand to say so: the one-component list
    /// started ahead is stopped.
    /// </summary>
    public static void StopTagsReadAheadInMonorepo(Repository repository, StewardConfig config)
    {
        if (ComponentResolver.HasComponents(config))
        {
            repository.Git.DropReadAhead();
        }
    }

    /// <summary>
    /// steward.yml from the work tree; in a bare repository, which has none, as committed at HEAD, so that a server-side
    /// check sees the same tag prefix and types as a clone.
    /// </summary>
    public static StewardConfig LoadConfig(ProjectDirectory project, Repository? repository)
    {
        if (repository is not { IsBare: true })
        {
            return ConfigLoader.Load(project.Root);
        }

        var text = new ReleaseRangeReader(repository.Git).ReadCommittedFile("HEAD", ConfigLoader.FileName);
        return text is null ? new StewardConfig() : ConfigLoader.Parse($"{ConfigLoader.FileName} (at HEAD)", text);
    }
}
