using Steward.Core.Errors;
using Steward.Core.Planning;

namespace Steward.Git;

/// <summary>
/// Builds a release pull request's commits without touching the user's work tree, index or refs: a throw-away linked
/// work tree at the base commit, where the release's files are written and committed and the commits a human added to
/// the release branch are replayed (cherry-picked: a three-way merge against the text they were made on). Only
/// objects are written; the plan moves the refs.
/// </summary>
internal sealed class ReleaseBranchBuilder : IDisposable
{
    private readonly GitRunner owner;
    private readonly GitRunner scratch;
    private readonly string directory;

    private ReleaseBranchBuilder(GitRunner owner, GitRunner scratch, string directory)
    {
        this.owner = owner;
        this.scratch = scratch;
        this.directory = directory;
    }

    /// <summary>The throw-away work tree: planning reads the built commit's files there.</summary>
    public string Directory => directory;

    public static ReleaseBranchBuilder Open(GitRunner git, IReadOnlyDictionary<string, string?> environment, string start)
    {
        var directory = Path.Combine(Path.GetTempPath(), "steward-pr-" + Guid.NewGuid().ToString("N")[..12]);
        var added = new WorkTreeWriter(git).Run(GitWrites.AddScratchWorktree(directory, start));
        if (!added.Succeeded)
        {
            throw Messages.RevisionNotCheckedOut(start, added.FirstErrorLine);
        }

        return new ReleaseBranchBuilder(git, new GitRunner(directory, environment), directory);
    }

    /// <summary>Writes the edits at HEAD of the scratch work tree and commits exactly them; the new commit.</summary>
    public string Commit(IReadOnlyList<PlannedFileEdit> edits, string message)
    {
        var changed = edits.Where(e => e.Changes).ToList();
        foreach (var edit in changed)
        {
            var full = Path.Combine(directory, edit.RelativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, edit.Bytes);
        }

        var paths = changed.Select(e => e.RelativePath).ToList();
        if (paths.Count > 0)
        {
            Check(GitWrites.ScratchAdd(paths));
        }

        Check(GitWrites.ScratchCommit(message, paths));
        return Head();
    }

    /// <summary>Replays <paramref name="commits"/> (oldest first) on the scratch HEAD; stops at the first that conflicts.</summary>
    /// <param name="recordOrigin">Cherry-pick with <c>-x</c> (a backport names the fix it carries), else as the commit was.</param>
    public ReplayOutcome Replay(IReadOnlyList<string> commits, bool recordOrigin = false)
    {
        foreach (var commit in commits)
        {
            var result = new WorkTreeWriter(scratch).Run(recordOrigin ? GitWrites.ScratchCherryPickRecorded(commit) : GitWrites.ScratchCherryPick(commit));
            if (!result.Succeeded)
            {
                var conflicts = scratch.Read("diff", "--name-only", "--diff-filter=U", "-z")
                    .Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
                new WorkTreeWriter(scratch).Run(GitWrites.CherryPickAbort());
                return new ReplayOutcome(null, commit, conflicts.Count > 0 ? conflicts : [result.FirstErrorLine]);
            }
        }

        return new ReplayOutcome(Head(), null, []);
    }

    public void Dispose()
    {
        var writer = new WorkTreeWriter(owner);
        if (!writer.Run(GitWrites.RemoveWorkTree(directory)).Succeeded)
        {
            if (System.IO.Directory.Exists(directory))
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }

            writer.Run(GitWrites.PruneWorktrees());
        }
    }

    private string Head() => scratch.Read("rev-parse", "HEAD").Trim();

    private void Check(IReadOnlyList<string> argv)
    {
        var result = new WorkTreeWriter(scratch).Run(argv);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(argv.Skip(1).ToList(), result);
        }
    }
}
