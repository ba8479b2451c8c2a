using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Reads a start point as a checkout without touching the user's work tree: a throw-away linked work tree, detached at
/// the revision, removed again before the plan is applied or printed. Planning a branch start reads its history and
/// version files there, where the earlier code switched the user's own work tree.
/// </summary>
internal static class ScratchCheckout
{
    public static T Read<T>(CommandContext context, FlowSession session, string revision, Func<FlowSession, T> read)
    {
        var directory = Path.Combine(Path.GetTempPath(), "steward-plan-" + Guid.NewGuid().ToString("N")[..12]);
        var writer = new WorkTreeWriter(session.Git);
        var added = writer.Run(GitWrites.AddScratchWorktree(directory, revision));
        if (!added.Succeeded)
        {
            throw Messages.RevisionNotCheckedOut(revision, added.FirstErrorLine);
        }

        try
        {
            return read(session.At(context, directory));
        }
        finally
        {
            Remove(session, directory);
        }
    }

    /// <summary>Removes a planning work tree (this one, or a <see cref="BranchView"/>'s).</summary>
    public static void Remove(FlowSession session, string directory)
    {
        var writer = new WorkTreeWriter(session.Git);
        if (!writer.Run(GitWrites.RemoveWorkTree(directory)).Succeeded)
        {
            // git could not remove it (a file held open): the directory goes, and git forgets the work tree.
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            writer.Run(GitWrites.PruneWorktrees());
        }
    }
}
