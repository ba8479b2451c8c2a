using System.CommandLine;
using Steward.Cli;
using Steward.Core.Diff;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward propagate</c>: writes VERSION into every target, each in its own scheme; optionally commits, tags and
/// pushes. Everything is computed and validated first; files are written all-or-nothing.
/// </summary>
internal static class PropagateCommand
{
    public static Command Create(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff per file (git apply takes it) and change nothing" };
        var commit = new Option<bool>("--commit") { Description = "Commit VERSION and the changed targets as 'chore(release): VERSION'" };
        var tag = new Option<bool>("--tag") { Description = "Also make an annotated tag (tag prefix + version; implies --commit)" };
        var push = new Option<bool>("--push") { Description = "Also push the branch and tag when a remote is configured (implies --commit)" };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Commit even when other tracked files have uncommitted changes (they stay out of the commit)" };
        var json = new Option<bool>("--json") { Description = "Print the version, every target with its changes, and the commit, tag and push made as one JSON document" };
        var command = new Command("propagate", "Write VERSION into every file that carries a version (detected and configured in steward.yml), each in its own scheme")
        {
            dryRun,
            commit,
            tag,
            push,
            allowDirty,
            json,
        };
        command.SetAction(parse =>
        {
            var project = PropagationContext.Open(context, GlobalOptions.DirectoryOf(parse));
            var options = new PropagateOptions(
                parse.GetValue(dryRun),
                parse.GetValue(commit) || parse.GetValue(tag) || parse.GetValue(push),
                parse.GetValue(tag),
                parse.GetValue(push),
                parse.GetValue(allowDirty));
            return parse.GetValue(json) ? PropagateJson.Run(context, project, options, c => Run(c, project, options)) : Run(context, project, options);
        });
        return command;
    }

    private static int Run(CommandContext context, PropagationContext project, PropagateOptions options)
    {
        var plan = Propagator.Plan(project.Targets.Files, project.Version, project.Config.TagPrefix);
        var changed = plan.Where(p => p.Changed).ToList();
        var git = new ReleaseGit(project.Repository.Git);
        var tagName = options.Tag ? VersionConverter.ToGitTag(project.SemVer(), project.Config.TagPrefix) : null;
        var branch = options.Commit ? Preflight(project, git, tagName, options) : null;

        if (options.DryRun)
        {
            foreach (var file in changed)
            {
                context.Out.Write(UnifiedDiff.Create(file.Path, file.OldText, file.NewText));
            }

            return ExitCodes.Success;
        }

        var sources = project.Targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var edits = changed.Select(f => new FileEdit(f.Path, sources[f.Path].Encode(f.NewText))).ToList();
        var head = options.Commit ? git.Head() : null;
        var index = options.Commit ? git.SaveIndex() : null;
        AtomicFileWriter.WriteAll(project.Root, edits);
        Report(context, project, plan, changed);

        if (!options.Commit)
        {
            return ExitCodes.Success;
        }

        var message = $"chore(release): {project.VersionFile.Version.Normalized}";
        try
        {
            var paths = plan.Select(p => p.Path).Prepend(VersionFile.FileName).ToList();
            context.Out.WriteLine(git.Commit(paths, message)
                ? $"committed: {message}"
                : "nothing to commit: VERSION and every target are already committed");
            if (tagName is not null)
            {
                git.Tag(tagName, $"Release {tagName}");
                context.Out.WriteLine($"tagged: {tagName}");
            }
        }
        catch (StewardException)
        {
            AtomicFileWriter.WriteAll(project.Root, changed.Select(f => new FileEdit(f.Path, sources[f.Path].Bytes)).ToList());
            git.Rollback(head, index!, tagName);
            throw;
        }

        if (options.Push)
        {
            var remote = git.PushRemote(branch!);
            if (remote is null)
            {
                context.Out.WriteLine("no remote configured: the release commit and tag stay local (add one with 'git remote add origin URL', then push)");
                return ExitCodes.Success;
            }

            git.Push(remote, branch!, tagName);
            context.Out.WriteLine($"pushed: {branch}{(tagName is null ? string.Empty : " and " + tagName)} to {remote}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Everything that would make the commit, tag or push fail, checked before any file is written.</summary>
    private static string? Preflight(PropagationContext project, ReleaseGit git, string? tagName, PropagateOptions options)
    {
        if (!options.AllowDirty)
        {
            var allowed = project.Targets.Files.Select(f => f.Path).Append(VersionFile.FileName).ToHashSet(StringComparer.Ordinal);
            var others = git.ChangedOutside(allowed);
            if (others.Count > 0)
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"{others[0]}: has uncommitted changes that do not belong in the release commit{(others.Count > 1 ? $" (and {others.Count - 1} more)" : string.Empty)}; commit or stash them, or pass --allow-dirty");
            }
        }

        if (tagName is not null && git.TagExists(tagName))
        {
            throw new StewardException(FailureKind.InvalidInput, $"tag {tagName} already exists; set a new version in VERSION first ('steward version bump')");
        }

        var branch = git.Branch();
        if (options.Push && branch is null)
        {
            throw new StewardException(FailureKind.InvalidInput, "HEAD is detached, so there is no branch to push; check out a branch first");
        }

        return branch;
    }

    private static void Report(CommandContext context, PropagationContext project, IReadOnlyList<PlannedFile> plan, List<PlannedFile> changed)
    {
        foreach (var file in changed)
        {
            foreach (var slot in file.Slots)
            {
                var expected = VersionRenderer.Expected(slot, project.Version, project.Config.TagPrefix);
                if (!string.Equals(slot.Found, expected, StringComparison.Ordinal))
                {
                    context.Out.WriteLine($"{file.Path}:{slot.Line}: {slot.Label} {Shown(slot.Found)} -> {Shown(expected)}");
                }
            }
        }

        var version = project.VersionFile.Version.Normalized;
        context.Out.WriteLine(plan.Count == 0
            ? $"no targets found; nothing to write (see 'steward init' and docs/propagate.md)"
            : changed.Count == 0
                ? $"every target already has {version} ({plan.Count} {Files(plan.Count)})"
                : $"updated {changed.Count} of {plan.Count} {Files(plan.Count)} to {version}");
    }

    private static string Shown(string value) => value.Length == 0 ? "(empty)" : value;

    private static string Files(int count) => count == 1 ? "file" : "files";
}
