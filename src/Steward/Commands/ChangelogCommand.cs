using System.CommandLine;
using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward changelog</c>: adds the unreleased commits to CHANGELOG.md as the next version, or rebuilds the file
/// from every release tag with <c>--regenerate</c>.
/// </summary>
internal static class ChangelogCommand
{
    public static Command Create(CommandContext context)
    {
        var version = new Option<string?>("--version")
        {
            Description = "Write the unreleased commits as this version instead of the next version the commits give",
            HelpName = "V",
        };
        var template = new Option<string?>("--template")
        {
            Description = "Template: keepachangelog (default), github, full, or the path of a Handlebars file (default: changelog.template in steward.yml)",
            HelpName = "NAME|FILE",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the change as a unified diff (git apply can take it) and write nothing" };
        var force = new Option<bool>("--force") { Description = "Replace an existing entry for this version that differs (was edited by hand)" };
        var regenerate = new Option<bool>("--regenerate")
        {
            Description = "Rebuild the whole file from every release tag in history, keeping the text above the first release",
        };
        var tagPrefix = new Option<string?>("--tag-prefix")
        {
            Description = "Prefix of release tags (default: tagPrefix in steward.yml, or 'v'); '' for tags such as 5.1.0",
            HelpName = "PREFIX",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON document: file, version, whether it changed or was written, and the diff" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's changelog (repeatable); by default every component's, each with its own commits",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var prNotes = PrNotesOption.Create();
        var command = new Command("changelog", "Add the commits since the last release to CHANGELOG.md as the next version (creating the file if missing); running it again changes nothing")
        {
            version,
            template,
            dryRun,
            force,
            regenerate,
            tagPrefix,
            json,
            components,
            prNotes,
        };
        var startedAhead = new StartedAhead();
        command.SetAction(startedAhead.Around(parse =>
        {
            // The unreleased notes list the tags right after finding the repository; --regenerate lists them otherwise.
            var project = startedAhead.Open(context, GlobalOptions.DirectoryOf(parse), readsRange: !parse.GetValue(regenerate));
            var repository = ChangelogInputs.RequireRepository(project);
            if (repository.IsBare)
            {
                throw Messages.ChangelogInBareRepository(repository.Root);
            }

            var config = ConfigLoader.Load(project.Root);
            HistoryOptions.StopTagsReadAheadInMonorepo(repository, config);
            IReadOnlyList<string> only = parse.GetValue(components) ?? [];
            if (ComponentResolver.HasComponents(config))
            {
                if (parse.GetResult(tagPrefix) is not null)
                {
                    throw Messages.MonorepoOptionUnsupported("--tag-prefix");
                }

                // --pr-notes api: each component's commits get their pull requests' descriptions, each asked for once per run.
                var cache = new PullRequestDescriptionCache();
                var request = new MonorepoChangelog.Request(only, parse.GetValue(regenerate), parse.GetValue(version), parse.GetValue(template), parse.GetValue(dryRun), parse.GetValue(force), parse.GetValue(json))
                {
                    Describe = PullRequestNotesSources.Resolve(parse.GetValue(prNotes), config.Notes.PrNotes) == PullRequestNotesSource.Api
                        ? (component, commits) => PullRequestNotesFromForge.Apply(context, repository, config, component.Merges, commits, cache)
                        : null,
                };
                return MonorepoChangelog.Run(context, project, repository, config, request);
            }

            var component = ComponentResolver.Select(config, only)[0];
            component = component with { TagPrefix = parse.GetValue(tagPrefix) ?? component.TagPrefix };
            if (parse.GetValue(regenerate))
            {
                if (parse.GetValue(version) is not null)
                {
                    throw Messages.RegenerateWithVersion();
                }

                Regenerate(context, project, repository, component, parse.GetValue(template), parse.GetValue(dryRun), parse.GetValue(json));
                return ExitCodes.Success;
            }

            var asked = ChangelogInputs.ParseVersion(parse.GetValue(version));
            // The changelog's configuration lookups run beside the walk. Read-only up to here: HEAD is still where the
            // repository was found.
            ReleaseHistory.ReadAhead(repository, component);
            var scope = HistoryScope.Read(project, repository, config, component, headAsFound: true, decidesVersion: asked is null);
            var source = PullRequestNotesSources.Resolve(parse.GetValue(prNotes), config.Notes.PrNotes);
            var (release, plan) = ReleaseChangelog.Prepare(
                project.Root,
                repository,
                component,
                PullRequestNotesFromForge.Apply(context, repository, config, component.Merges, scope.Range, source),
                asked ?? NextVersionDecider.ForUnreleased(scope),
                ChangelogInputs.Today(context),
                ChangelogPlanner.ReadExisting(project.Root, component.ChangelogFile),
                parse.GetValue(force),
                parse.GetValue(template),
                context.WorkingDirectory);
            if (!parse.GetValue(dryRun) && plan.Edit is not null)
            {
                AtomicFileWriter.WriteAll(project.Root, [plan.Edit]);
            }

            var file = component.ChangelogFile;
            if (parse.GetValue(json))
            {
                var output = new ChangelogOutput(file, release.Info.Version, false, null, !plan.IsUnchanged, !parse.GetValue(dryRun) && plan.Edit is not null,
                    plan.IsUnchanged ? null : plan.Diff);
                OutputJson.Write(context.Out, output, OutputJson.Default.ChangelogOutput);
                return ExitCodes.Success;
            }

            Report(context, parse.GetValue(dryRun), !plan.IsUnchanged, () => plan.Diff, $"{file}: added {release.Info.Version}", $"{file}: already up to date for {release.Info.Version}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Regenerate(CommandContext context, ProjectDirectory project, Git.Repository repository, Component component, string? templateOption, bool dryRun, bool json)
    {
        using var history = ReleaseHistory.Open(repository, component);
        var tags = history.ChangelogTagsNewestFirst().Count();
        if (tags == 0)
        {
            throw Messages.RegenerateWithoutTags(component.TagPrefix);
        }

        // Every release back to the first commit is read: a shallow clone would silently cut the oldest ones short.
        if (new Git.WorkTreeReader(repository.Git).IsShallow())
        {
            throw Messages.RegenerateInShallowClone();
        }

        var compiled = templateOption is null
            ? TemplateLoader.Load(component.Changelog.Template, project.Root, project.Root, "steward.yml: changelog.template")
            : TemplateLoader.Load(templateOption, context.WorkingDirectory, project.Root, "--template");
        var file = component.ChangelogFile;
        using var diff = new StringWriter();
        var changed = ChangelogRegeneration.Run(project.Root, file, history, compiled, dryRun, json ? diff : context.Out);
        if (json)
        {
            var output = new ChangelogOutput(file, null, true, tags, changed, changed && !dryRun, dryRun && changed ? diff.ToString() : null);
            OutputJson.Write(context.Out, output, OutputJson.Default.ChangelogOutput);
        }
        else if (!changed)
        {
            context.Out.WriteLine($"{file}: already matches the release tags");
        }
        else if (!dryRun)
        {
            context.Out.WriteLine($"{file}: regenerated from {tags} release tags");
        }
    }

    private static void Report(CommandContext context, bool dryRun, bool changed, Func<string> diff, string done, string unchanged)
    {
        if (!changed)
        {
            context.Out.WriteLine(unchanged);
        }
        else if (dryRun)
        {
            context.Out.Write(diff());
        }
        else
        {
            context.Out.WriteLine(done);
        }
    }
}
