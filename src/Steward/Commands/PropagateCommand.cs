using System.CommandLine;
using System.Text.Json;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Propagation;
using Steward.Engine;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward propagate</c>: writes VERSION into every target, each in its own scheme; optionally commits, tags and
/// pushes. Everything is planned and validated first, then applied by the one engine (journal, --abort, --continue).
/// </summary>
internal static class PropagateCommand
{
    public static Command Create(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff per file (git apply takes it), then with --commit/--tag/--push every git command as it will run; change nothing" };
        var commit = new Option<bool>("--commit") { Description = "Commit VERSION and the changed targets as 'chore(release): VERSION'" };
        var tag = new Option<bool>("--tag") { Description = "Also make an annotated tag (tag prefix + version; implies --commit)" };
        var push = new Option<bool>("--push") { Description = "Also push the branch and tag when a remote is configured (implies --commit)" };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Commit even when other tracked files have uncommitted changes (they stay out of the commit)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document: the version, every target with its changes, and the steps (with --dry-run) or the commit, tag and push made" };
        var abort = new Option<bool>("--abort") { Description = "Undo an interrupted propagate: files, index, HEAD and tags as they were (never once the remote has it)" };
        var resume = new Option<bool>("--continue") { Description = "Finish an interrupted propagate from the step it had reached" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component (repeatable); by default every component, each from its own VERSION (files only: commit, tag and push with steward release)",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("propagate", "Write VERSION into every file that carries a version (detected and configured in steward.yml), each in its own scheme")
        {
            dryRun,
            commit,
            tag,
            push,
            allowDirty,
            json,
            abort,
            resume,
            components,
        };
        command.SetAction(parse =>
        {
            var directory = GlobalOptions.DirectoryOf(parse);
            if (parse.GetValue(abort) && parse.GetValue(resume))
            {
                throw Messages.AbortAndContinueTogether();
            }

            var progress = parse.GetValue(json) ? context.Error : context.Out;
            if (parse.GetValue(abort))
            {
                return Abort(context, directory, progress);
            }

            if (parse.GetValue(resume))
            {
                return Continue(context, directory, progress, parse.GetValue(json));
            }

            var all = PropagationContext.OpenAll(context, directory, parse.GetValue(components) ?? []);
            if (all[0].IsMonorepo)
            {
                foreach (var option in new[] { commit, tag, push, allowDirty }.Where(o => parse.GetValue(o)))
                {
                    throw Messages.MonorepoPropagateWritesOnly(option.Name);
                }

                return RunComponents(context, all, parse.GetValue(dryRun), parse.GetValue(json));
            }

            var project = all[0];
            var options = new PropagateOptions(
                parse.GetValue(dryRun),
                parse.GetValue(commit) || parse.GetValue(tag) || parse.GetValue(push),
                parse.GetValue(tag),
                parse.GetValue(push),
                parse.GetValue(allowDirty));
            return Run(context, project, options, parse.GetValue(json));
        });
        return command;
    }

    private static int Run(CommandContext context, PropagationContext project, PropagateOptions options, bool json)
    {
        var progress = json ? context.Error : context.Out;
        var plan = Propagator.Plan(project.Targets.Files, project.Version, project.Component.TagPrefix);
        var changed = plan.Where(p => p.Changed).ToList();
        var reader = new WorkTreeReader(project.Repository.Git);
        var store = new JournalStore(reader);
        store.RefuseIfInterrupted();
        RepositoryGuards.RefuseIndexLock(reader);
        var tagName = options.Tag ? project.Component.TagOf(project.SemVer()) : null;
        if (tagName is not null)
        {
            RepositoryGuards.RefuseInvalidTag(reader, tagName, project.Component.TagPrefix);
        }

        var branch = options.Commit ? Preflight(project, reader, tagName, options) : null;
        var remote = options.Push && branch is not null ? reader.PushRemote(branch) : null;
        var sources = project.Targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var files = changed.Select(f => new FileWriteStep(f.Path, f.OldText, f.NewText, sources[f.Path].Encode(f.NewText))).ToList();
        var message = $"chore(release): {project.VersionFile.Version.Normalized}";
        var paths = plan.Select(p => p.Path).Prepend(project.Component.VersionFile).ToList();
        var commitPaths = options.Commit && (files.Count > 0 || HasUncommitted(reader, paths)) ? paths : [];
        var steps = PropagateSteps.Build(files, new PropagateGit(commitPaths, message, tagName, branch, remote));

        if (options.DryRun)
        {
            if (json)
            {
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("version", project.VersionFile.Version.Normalized);
                    w.WriteBoolean("dryRun", true);
                    WriteFiles(w, project, plan);
                    PlanJson.WriteSteps(w, steps);
                    w.WriteEndObject();
                });
            }
            else
            {
                // The diffs first and alone on stdout without --commit: git apply takes them as they are.
                foreach (var file in files)
                {
                    context.Out.Write(file.Diff);
                }

                if (options.Commit)
                {
                    PlanPrinter.PrintSteps(context.Out, steps);
                }
            }

            return ExitCodes.Success;
        }

        var executor = Executor(context, project.Root, project.Repository.Git, progress);
        var result = executor.Apply(steps, project.VersionFile.Version.Normalized, new Dictionary<string, string>());
        Report(progress, project, plan, changed);
        if (options.Commit)
        {
            ReportGit(context, progress, result, json ? w => WriteFiles(w, project, plan) : null, options.Push && remote is null);
        }
        else if (json)
        {
            WriteJson(context.Out, result, w => WriteFiles(w, project, plan));
        }

        return ExitCodes.Success;
    }

    /// <summary>A monorepo's components, each from its own VERSION, as one plan of file writes through the engine.</summary>
    private static int RunComponents(CommandContext context, IReadOnlyList<PropagationContext> all, bool dryRun, bool json)
    {
        var progress = json ? context.Error : context.Out;
        var first = all[0];
        var reader = new WorkTreeReader(first.Repository.Git);
        new JournalStore(reader).RefuseIfInterrupted();
        RepositoryGuards.RefuseIndexLock(reader);
        var plans = all.Select(p => (Project: p, Plan: Propagator.Plan(p.Targets.Files, p.Version, p.Component.TagPrefix))).ToList();
        var files = new List<FileWriteStep>();
        foreach (var (project, plan) in plans)
        {
            var sources = project.Targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
            files.AddRange(plan.Where(f => f.Changed).Select(f => new FileWriteStep(f.Path, f.OldText, f.NewText, sources[f.Path].Encode(f.NewText))));
        }

        var steps = PropagateSteps.Build(files, new PropagateGit([], string.Empty, null, null, null));
        var versions = string.Join(", ", all.Select(p => $"{p.Component.Name} {p.VersionFile.Version.Normalized}"));
        if (!dryRun)
        {
            Executor(context, first.Root, first.Repository.Git, progress).Apply(steps, versions, new Dictionary<string, string>());
            foreach (var (project, plan) in plans)
            {
                Report(progress, project, plan, [.. plan.Where(p => p.Changed)], project.Component.Name + ": ");
            }
        }
        else if (!json)
        {
            foreach (var file in files)
            {
                context.Out.Write(file.Diff);
            }
        }

        if (json)
        {
            Json.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("dryRun", dryRun);
                w.WriteStartArray("components");
                foreach (var (project, plan) in plans)
                {
                    w.WriteStartObject();
                    w.WriteString("component", project.Component.Name);
                    w.WriteString("version", project.VersionFile.Version.Normalized);
                    WriteFiles(w, project, plan);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (dryRun)
                {
                    PlanJson.WriteSteps(w, steps);
                }

                w.WriteEndObject();
            });
        }

        return ExitCodes.Success;
    }

    private static int Continue(CommandContext context, string? directory, TextWriter progress, bool json)
    {
        var (root, git) = Open(context, directory);
        var result = Executor(context, root, git, progress).Continue("propagate");
        ReportGit(context, progress, result, json ? _ => { } : null, noRemote: false);
        return ExitCodes.Success;
    }

    private static int Abort(CommandContext context, string? directory, TextWriter progress)
    {
        var (root, git) = Open(context, directory);
        var outcome = Executor(context, root, git, progress).Abort("propagate");
        var name = outcome.Journal.Tag ?? outcome.Journal.Version;
        progress.WriteLine(outcome.AlreadyReleased
            ? $"{name} is already on '{outcome.Journal.Remote}', so it is released: nothing was undone (the commit and tag stay); cleared the journal"
            : $"aborted the propagate of {name}: files, index, HEAD and tags are as they were before it");
        return ExitCodes.Success;
    }

    private static (string Root, GitRunner Git) Open(CommandContext context, string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        return (project.Root, repository.Git);
    }

    private static PlanExecutor Executor(CommandContext context, string root, GitRunner git, TextWriter progress) =>
        new(root, git, new ExternalCommandRunner(root, context.Environment, progress), progress);

    private static bool HasUncommitted(WorkTreeReader reader, IReadOnlyList<string> paths)
    {
        var set = paths.ToHashSet(StringComparer.Ordinal);
        return reader.HeadSha() is null || reader.Status().Any(e => set.Contains(e.Path));
    }

    /// <param name="json">With --json, what the document adds to the git result (the targets); null without --json.</param>
    private static void ReportGit(CommandContext context, TextWriter progress, ExecutionResult result, Action<Utf8JsonWriter>? json, bool noRemote)
    {
        var journal = result.Journal;
        progress.WriteLine(result.Committed ? $"committed: {journal.CommitMessage}" : "nothing to commit: VERSION and every target are already committed");
        if (journal.Tag is not null)
        {
            progress.WriteLine($"tagged: {journal.Tag}");
        }

        if (noRemote)
        {
            progress.WriteLine("no remote configured: the release commit and tag stay local (add one with 'git remote add origin URL', then push)");
        }
        else if (result.Pushed)
        {
            progress.WriteLine($"pushed: {journal.Branch}{(journal.Tag is null ? string.Empty : " and " + journal.Tag)} to {journal.Remote}");
        }

        if (json is not null)
        {
            WriteJson(context.Out, result, json);
        }

        if (result.Warning is not null)
        {
            throw Messages.ReleasedWithWarning(result.Warning);
        }
    }

    private static void WriteJson(TextWriter output, ExecutionResult result, Action<Utf8JsonWriter> files) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", result.Journal.Version);
        w.WriteBoolean("dryRun", false);
        files(w);
        w.WriteString("tag", result.Journal.Tag);
        w.WriteString("commit", result.Commit);
        w.WriteString("commitMessage", result.Committed ? result.Journal.CommitMessage : null);
        w.WriteBoolean("committed", result.Committed);
        w.WriteBoolean("pushed", result.Pushed);
        w.WriteString("pushedTo", result.Pushed ? result.Journal.Remote : null);
        w.WriteBoolean("released", result.Tagged && (result.Pushed || result.Journal.Remote is null));
        w.WriteEndObject();
    });

    /// <summary>Every target, whether it changes, and each version slot that changes: what a machine checks after a run.</summary>
    private static void WriteFiles(Utf8JsonWriter w, PropagationContext project, IReadOnlyList<PlannedFile> plan)
    {
        w.WriteStartArray("files");
        foreach (var file in plan)
        {
            w.WriteStartObject();
            w.WriteString("path", file.Path);
            w.WriteBoolean("changed", file.Changed);
            w.WriteStartArray("changes");
            foreach (var slot in file.Slots)
            {
                var expected = VersionRenderer.Expected(slot, project.Version, project.Component.TagPrefix);
                if (!string.Equals(slot.Found, expected, StringComparison.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteNumber("line", slot.Line);
                    w.WriteString("label", slot.Label);
                    w.WriteString("found", slot.Found);
                    w.WriteString("expected", expected);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Everything that would make the commit, tag or push fail, checked before any file is written.</summary>
    private static string? Preflight(PropagationContext project, WorkTreeReader reader, string? tagName, PropagateOptions options)
    {
        if (!options.AllowDirty)
        {
            var allowed = project.Targets.Files.Select(f => f.Path).Append(project.Component.VersionFile).ToHashSet(StringComparer.Ordinal);
            var others = reader.ChangedTrackedFiles().Where(p => !allowed.Contains(p)).ToList();
            if (others.Count > 0)
            {
                throw Messages.UnrelatedChangesInPropagate(others[0], others.Count - 1);
            }
        }

        if (tagName is not null && reader.LocalTagExists(tagName))
        {
            throw Messages.PropagateTagExists(tagName);
        }

        var branch = reader.CurrentBranch();
        if (options.Push && branch is null)
        {
            throw Messages.DetachedHeadNoBranchToPush();
        }

        return branch;
    }

    private static void Report(TextWriter output, PropagationContext project, IReadOnlyList<PlannedFile> plan, List<PlannedFile> changed, string name = "")
    {
        foreach (var file in changed)
        {
            foreach (var slot in file.Slots)
            {
                var expected = VersionRenderer.Expected(slot, project.Version, project.Component.TagPrefix);
                if (!string.Equals(slot.Found, expected, StringComparison.Ordinal))
                {
                    output.WriteLine($"{file.Path}:{slot.Line}: {slot.Label} {Shown(slot.Found)} -> {Shown(expected)}");
                }
            }
        }

        var version = project.VersionFile.Version.Normalized;
        output.WriteLine(name + (plan.Count == 0
            ? $"no targets found; nothing to write (see 'steward init' and docs/propagate.md)"
            : changed.Count == 0
                ? $"every target already has {version} ({plan.Count} {Files(plan.Count)})"
                : $"updated {changed.Count} of {plan.Count} {Files(plan.Count)} to {version}"));
    }

    private static string Shown(string value) => value.Length == 0 ? "(empty)" : value;

    private static string Files(int count) => count == 1 ? "file" : "files";
}
