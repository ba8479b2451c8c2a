using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Changelog.Advisory;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// <c>steward backport</c>'s job. Finds the release lines (<c>--lines</c>, the support policy deciding "supported"),
/// cherry-picks the fixes onto each line's branch (release/1.x, or the line's last tag when there is no branch yet) in a
/// throw-away work tree, skips a line that has them already, and with <c>--release</c> plans each line's patch release
/// there as <c>steward release</c> would. Only objects are written while planning; one plan moves every line branch and
/// tag (compare-and-swap update-refs) and pushes them in one atomic push leased on what the remote had, so the user's
/// work tree and branch never change. A line whose cherry-pick conflicts or whose release is refused is reported and
/// left as it was; the others go on.
/// </summary>
internal sealed class BackportRun(CommandContext context, BackportOptions options)
{
    private TextWriter Progress => options.Json ? context.Error : context.Out;

    public BackportResult Execute(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (repository.IsBare)
        {
            throw Messages.ReleaseNeedsWorkTree(repository.Root);
        }

        var git = repository.Git;
        var reader = new WorkTreeReader(git);
        var branches = new BranchOperations(git);
        PlanRun.RefuseIfInterrupted(git);
        RepositoryGuards.RefuseIndexLock(reader);

        var config = ConfigLoader.Load(project.Root);
        var component = options.Component is null ? ComponentResolver.Single(config) : ComponentResolver.Select(config, [options.Component])[0];
        var advisory = options.Advisory is null ? null : SecurityAdvisory.Parse(options.Advisory);
        var commits = ResolveCommits(git, branches);
        if (options.Lines is null)
        {
            throw Messages.BackportLinesMissing();
        }

        var flow = config.Flow;
        var tags = new TagReader(git).ReadVersionTags(component.TagPrefix);
        var byMinor = flow.Maintenance.Count > 0 && flow.Maintenance[0].Contains("{minor}", StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(context.Now().UtcDateTime);
        var lines = ReleaseLineSelection.Select(options.Lines, tags, byMinor, flow.Support, today);

        var dirty = reader.Status().Select(e => e.Path).ToList();
        if (dirty.Count > 0)
        {
            throw Messages.BackportDirtyWorkTree(string.Join(", ", dirty.Take(3)) + (dirty.Count > 3 ? $" and {dirty.Count - 3} more" : string.Empty));
        }

        var targets = lines.Select(l => (Line: l, Branch: BranchOf(l, flow, branches))).ToList();
        var checkedOut = branches.CheckedOutBranches();
        foreach (var (_, branch) in targets.Where(t => checkedOut.Contains(t.Branch)))
        {
            throw Messages.BackportBranchCheckedOut(branch);
        }

        var pushes = options.Release || options.Push;
        var remote = config.Release.Remote;
        if (pushes && !reader.RemoteExists(remote))
        {
            throw Messages.BackportPushWithoutRemote(remote);
        }

        if (options.Release)
        {
            if (config.Release.Sign)
            {
                throw Messages.BackportSignUnsupported();
            }

            FreezeGate.Enforce(context, project.Root, git, new FreezeRequest("backport release", [.. targets.Select(t => (string?)t.Branch)], component.Name, null), Progress);
        }

        var results = targets.Select(t => PlanLine(git, branches, t.Line, t.Branch, commits, options.Component, advisory)).ToList();
        var plan = Plan(branches, results, pushes ? remote : null);
        if (options.DryRun || plan.Steps.Count == 0)
        {
            return new BackportResult(plan, results, advisory?.Id, options.DryRun, Pushed: false);
        }

        var applied = PlanRun.Executor(context, project.Root, git).Apply(plan, Name(results), new Dictionary<string, string>());
        return new BackportResult(plan, results, advisory?.Id, DryRun: false, applied.Pushed);
    }

    /// <summary>What recovery calls the run: the tags it makes, else the branches it moves.</summary>
    public static string Name(IReadOnlyList<BackportLineResult> lines)
    {
        var moved = lines.Where(l => l.Tip is not null).ToList();
        return string.Join(", ", moved.Select(l => l.Tag ?? l.Branch));
    }

    /// <summary>Each commit named, as a sha; an unknown name or a merge commit is refused before anything else.</summary>
    private List<(string Sha, string Subject)> ResolveCommits(GitRunner git, BranchOperations branches)
    {
        if (options.Commits.Count == 0)
        {
            throw Messages.BackportNeedsCommits();
        }

        var resolved = new List<(string, string)>();
        foreach (var name in options.Commits)
        {
            var sha = name.StartsWith('-') ? null : branches.ResolveCommit(name);
            if (sha is null)
            {
                throw Messages.BackportUnknownCommit(name);
            }

            var parents = new ReleaseBranchReader(git).ParentCount(sha);
            if (parents > 1)
            {
                throw Messages.BackportMergeCommit(name, sha);
            }

            resolved.Add((sha, new ReleaseBranchReader(git).Subject(sha)));
        }

        return resolved;
    }

    /// <summary>The line's branch: an existing maintenance branch of the line (any flow.maintenance pattern), else the first pattern's name.</summary>
    private static string BranchOf(ReleaseLine line, FlowConfig flow, BranchOperations branches)
    {
        var names = flow.Maintenance.Select(line.BranchName).OfType<string>().ToList();
        return names.FirstOrDefault(branches.BranchExists) ?? names.FirstOrDefault() ?? $"release/{line.Name}";
    }

    private BackportLineResult PlanLine(
        GitRunner git, BranchOperations branches, ReleaseLine line, string branch, List<(string Sha, string Subject)> commits, string? componentName, SecurityAdvisory? advisory)
    {
        var existing = branches.BranchSha(branch);
        var start = existing ?? line.LastRelease.Sha;
        var from = existing is null ? line.LastRelease.Name : branch;
        var failed = (string why, IReadOnlyList<string> conflicts) => new BackportLineResult(line.Name, branch, from, existing is null, [], [], null, null, null, why, conflicts);
        var skipped = new List<string>();
        var toPick = new List<(string Sha, string Subject)>();
        foreach (var commit in commits)
        {
            if (branches.IsAncestor(commit.Sha, start))
            {
                skipped.Add($"{commit.Sha[..7]} {commit.Subject}: already on {from}");
            }
            else if (HasEquivalent(git, start, commit.Sha))
            {
                skipped.Add($"{commit.Sha[..7]} {commit.Subject}: an equal change (same patch id) is on {from}");
            }
            else
            {
                toPick.Add(commit);
            }
        }

        var picked = toPick.Select(c => $"{c.Sha[..7]} {c.Subject}").ToList();
        if (toPick.Count == 0)
        {
            return Report(new BackportLineResult(line.Name, branch, from, existing is null, [], skipped, null, null, null, null, []));
        }

        using var builder = ReleaseBranchBuilder.Open(git, context.Environment, start);
        var replayed = builder.Replay([.. toPick.Select(c => c.Sha)], recordOrigin: true);
        if (!replayed.Applied)
        {
            var commit = toPick.First(c => c.Sha == replayed.FailedCommit);
            return Report(failed(Messages.BackportConflict(line.Name, branch, commit.Sha, commit.Subject, replayed.Conflicts), replayed.Conflicts) with { Skipped = skipped });
        }

        if (!options.Release)
        {
            return Report(new BackportLineResult(line.Name, branch, from, existing is null, picked, skipped, replayed.Tip, null, null, null, []));
        }

        try
        {
            var release = BackportLineRelease.Build(context, git, builder, branch, componentName, advisory, Progress);
            Tags[line.Name] = release.TagObject;
            return Report(new BackportLineResult(line.Name, branch, from, existing is null, picked, skipped, release.Commit, release.Version, release.Tag, null, []));
        }
        catch (StewardException e)
        {
            return Report(failed(Messages.BackportReleaseRefused(line.Name, branch, e.Message), []) with { Skipped = skipped });
        }
    }

    /// <summary>The tag object made for each line's release, by line name.</summary>
    private Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="start"/> has a commit with the same patch id as <paramref name="commit"/> (git cherry marks it '-').</summary>
    private static bool HasEquivalent(GitRunner git, string start, string commit)
    {
        return new ReleaseBranchReader(git).HasPatchEquivalent(start, commit);
    }

    private BackportLineResult Report(BackportLineResult line)
    {
        foreach (var skip in line.Skipped)
        {
            Progress.WriteLine($"line {line.Line} ({line.Branch}): skipped {skip}");
        }

        if (line.Failed)
        {
            context.Error.WriteLine(line.Failure);
        }
        else if (line.Tip is null)
        {
            Progress.WriteLine($"line {line.Line} ({line.Branch}): nothing to backport");
        }
        else
        {
            var release = line.Version is null ? string.Empty : $", release {line.Version} (tag {line.Tag})";
            Progress.WriteLine($"line {line.Line} ({line.Branch}{(line.Created ? $", created from {line.From}" : string.Empty)}): cherry-picked {string.Join("; ", line.Picked)}{release}");
        }

        return line;
    }

    /// <summary>
    /// One plan over every line that moves: each branch set to its new tip (compare-and-swap on the tip read, or created
    /// only while absent), each tag created only while absent, then one atomic push of all of them, each leased on what
    /// the remote had when planning (nothing, for a new branch or tag).
    /// </summary>
    private ExecutionPlan Plan(BranchOperations branches, List<BackportLineResult> lines, string? remote)
    {
        var steps = new List<PlanStep>();
        var refs = new List<string>();
        var pushed = new List<string>();
        foreach (var line in lines.Where(l => l.Tip is not null))
        {
            var branchRef = "refs/heads/" + line.Branch;
            var old = branches.RefTarget(branchRef) ?? string.Empty;
            steps.Add(new GitStep(GitStepRole.UpdateRef, GitWrites.UpdateRef(branchRef, line.Tip!, old))
            {
                Branch = branchRef,
                From = line.Tip,
                Announce = $"{(old.Length == 0 ? "Created" : "Updated")} {line.Branch} ({line.Line})",
            });
            refs.Add(branchRef);
            pushed.Add(branchRef);
            if (line.Tag is { } tag)
            {
                var tagRef = "refs/tags/" + tag;
                steps.Add(new GitStep(GitStepRole.UpdateRef, GitWrites.UpdateRef(tagRef, Tags[line.Line], string.Empty))
                {
                    Branch = tagRef,
                    From = Tags[line.Line],
                    Announce = $"Tagged {tag} on {line.Branch}",
                });
                refs.Add(tagRef);
                pushed.Add(tagRef);
            }
        }

        if (remote is not null && pushed.Count > 0)
        {
            var onRemote = branches.RemoteRefs(remote, pushed);
            var leases = pushed.Select(r => new KeyValuePair<string, string>(r, onRemote.GetValueOrDefault(r) ?? string.Empty)).ToList();
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushRefspecsWithLeases(remote, [.. pushed.Select(r => $"{r}:{r}")], leases))
            {
                Announce = $"Pushed {string.Join(", ", pushed.Select(r => r.StartsWith("refs/tags/", StringComparison.Ordinal) ? r["refs/tags/".Length..] : r["refs/heads/".Length..]))} to {remote}",
            });
        }

        return new ExecutionPlan("backport", steps)
        {
            Refs = refs,
            Remote = remote,
            Subject = Name(lines),
            PushRejected = remote is null ? null : Messages.BackportPushRejected(remote),
        };
    }
}
