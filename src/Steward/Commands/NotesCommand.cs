using System.CommandLine;
using System.Text;
using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward notes</c>: prints one release's notes, the unreleased one (as the next version) by default or an
/// existing tag's with --version: its CHANGELOG.md entry when there is one, else rendered from its commits.
/// Read-only, so it works in a bare repository too.
/// </summary>
internal static class NotesCommand
{
    public static Command Create(CommandContext context)
    {
        var version = new Option<string?>("--version")
        {
            Description = "The notes of this released version (its tag's range); default: the unreleased commits as the next version",
            HelpName = "V",
        };
        var template = new Option<string?>("--template")
        {
            Description = "Template: github (default), keepachangelog, full, or the path of a Handlebars file (default: changelog.notesTemplate in steward.yml)",
            HelpName = "NAME|FILE",
        };
        var output = new Option<string?>("--output")
        {
            Description = "Write the notes to FILE, inside the repository, instead of standard output (e.g. the body of a release)",
            HelpName = "FILE",
        };
        var tagPrefix = new Option<string?>("--tag-prefix")
        {
            Description = "Prefix of release tags (default: tagPrefix in steward.yml, or 'v'); '' for tags such as 5.1.0",
            HelpName = "PREFIX",
        };
        var json = new Option<bool>("--json") { Description = "Print the version, tag and notes as one JSON document (with --output, the file is written too)" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's notes (repeatable); by default every component that would release, each under a heading",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var prNotes = PrNotesOption.Create();
        var command = new Command("notes", "Print the release notes of one release: its entry in CHANGELOG.md when there is one, else made from the commits of its range")
        {
            version,
            template,
            output,
            tagPrefix,
            json,
            components,
            prNotes,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = ChangelogInputs.RequireRepository(project);
            var config = HistoryOptions.LoadConfig(project, repository);
            var only = parse.GetValue(components) ?? [];
            var templateName = parse.GetValue(template);
            var asked = ChangelogInputs.ParseVersion(parse.GetValue(version));
            var file = parse.GetValue(output);
            Core.Changelog.Release release;
            string text;
            if (ComponentResolver.HasComponents(config))
            {
                if (parse.GetResult(tagPrefix) is not null)
                {
                    throw Core.Errors.Messages.MonorepoOptionUnsupported("--tag-prefix");
                }

                var selected = ComponentResolver.Select(config, only);
                foreach (var (given, name) in new (bool Given, string Name)[] { (asked is not null, "--version"), (file is not null, "--output") })
                {
                    if (given && only.Length != 1)
                    {
                        throw Core.Errors.Messages.MonorepoOptionNeedsOneComponent(name);
                    }
                }

                // --pr-notes api: each component's commits get their pull requests' descriptions, each asked for once per run.
                var cache = new PullRequestDescriptionCache();
                Func<Component, IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? describe =
                    PullRequestNotesSources.Resolve(parse.GetValue(prNotes), config.Notes.PrNotes) == PullRequestNotesSource.Api
                        ? (component, commits) => PullRequestNotesFromForge.Apply(context, repository, config, component.Merges, commits, cache)
                        : null;
                var parts = MonorepoNotes.Build(context, project, repository, config, selected, only.Length > 0, asked, templateName, describe);
                if (only.Length != 1)
                {
                    MonorepoNotes.Print(context, parts, parse.GetValue(json));
                    return ExitCodes.Success;
                }

                (release, text) = (parts[0].Release, parts[0].Text);
            }
            else
            {
                var component = ComponentResolver.Select(config, only)[0];
                component = component with { TagPrefix = parse.GetValue(tagPrefix) ?? component.TagPrefix };
                var compiled = TemplateLoader.Load(
                    templateName ?? component.Changelog.NotesTemplate,
                    templateName is null ? project.Root : context.WorkingDirectory,
                    project.Root,
                    templateName is null ? "steward.yml: changelog.notesTemplate" : "--template");
                using var history = ReleaseHistory.Open(repository, component);
                var source = PullRequestNotesSources.Resolve(parse.GetValue(prNotes), config.Notes.PrNotes);

                // A release's notes are its CHANGELOG.md entry when it has one (as a maintainer may have edited it, or as
                // --pr-notes api wrote it at the release: the record); a template asked for by name renders the commits instead.
                var entry = templateName is null && !repository.IsBare && asked is not null ? ChangelogEntry(project.Root, component, asked.ToString()) : null;
                Func<IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? describe = source == PullRequestNotesSource.Api && string.IsNullOrEmpty(entry)
                    ? commits => PullRequestNotesFromForge.Apply(context, repository, config, component.Merges, commits)
                    : null;
                release = asked is null
                    ? Unreleased(context, project, repository, config, component, history, describe)
                    : history.ForTag(history.TagOf(asked), describe);
                entry = templateName is null && !repository.IsBare ? ChangelogEntry(project.Root, component, release.Info.Version) : null;
                text = string.IsNullOrEmpty(entry) ? compiled.Render(release) : entry;
            }

            if (file is null)
            {
                if (parse.GetValue(json))
                {
                    OutputJson.Write(context.Out, new NotesOutput(release.Info.Version, release.Info.TagName, null, text), OutputJson.Default.NotesOutput);
                    return ExitCodes.Success;
                }

                context.Out.Write(text);
                return ExitCodes.Success;
            }

            var full = context.ResolvePath(file);
            if (!Directory.Exists(Path.GetDirectoryName(full)))
            {
                throw Core.Errors.Messages.OutputDirectoryMissing(file, Path.GetDirectoryName(full));
            }

            if (Directory.Exists(full))
            {
                throw Core.Errors.Messages.OutputIsDirectory(file, Path.Combine(file, "notes.md"));
            }

            // Like every write Steward makes, inside the repository and never through a symbolic link in it.
            var checkedPath = SafePath.Resolve(project.Root, file, "--output", PathUse.Write, PathSource.CommandLineInsideRepository,
                context.WorkingDirectory, "redirect standard output");
            var relative = Path.GetRelativePath(project.Root, checkedPath);
            AtomicFileWriter.WriteAll(project.Root, [new FileEdit(relative, new UTF8Encoding(false).GetBytes(text))]);
            if (parse.GetValue(json))
            {
                OutputJson.Write(context.Out, new NotesOutput(release.Info.Version, release.Info.TagName, file, text), OutputJson.Default.NotesOutput);
                return ExitCodes.Success;
            }

            context.Out.WriteLine($"{file}: notes for {release.Info.Version}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The unreleased commits as the next version.</summary>
    private static Core.Changelog.Release Unreleased(
        CommandContext context, ProjectDirectory project, Git.Repository repository, Core.Configuration.StewardConfig config, Core.Components.Component component, ReleaseHistory history,
        Func<IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? describe)
    {
        var scope = HistoryScope.Read(project, repository, config, component);
        var range = describe is null ? scope.Range : scope.Range with { Commits = describe(scope.Range.Commits) };
        return history.Unreleased(range, NextVersionDecider.ForUnreleased(scope), ChangelogInputs.Today(context));
    }

    internal static string? ChangelogEntry(string root, Core.Components.Component component, string version)
    {
        var existing = ChangelogPlanner.ReadExisting(root, component.ChangelogFile);
        return existing is null || !Core.Versioning.SemanticVersion.TryParse(version, out var parsed)
            ? null
            : Core.Changelog.Splicing.ChangelogEntryNotes.Find(existing.Text, parsed!);
    }
}
