using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// A revision read as a checkout without touching the user's work tree: a throw-away linked work tree in a temp
/// directory (no ref moves; the user's files and index are untouched), removed again before the plan is applied or
/// printed. A finish plans from its branch this way (the user's own work tree when HEAD is already on it), a branch
/// start from its start point (detached). Both open and remove it here, one way.
/// </summary>
internal sealed class ScratchCheckout : IDisposable
{
    private readonly FlowSession owner;
    private readonly string? directory;

    private ScratchCheckout(FlowSession owner, FlowSession session, string? directory)
    {
        this.owner = owner;
        Session = session;
        this.directory = directory;
    }

    /// <summary>The session whose work tree is the checkout.</summary>
    public FlowSession Session { get; }

    /// <summary><paramref name="branch"/> checked out: the session itself when HEAD is on it, else a linked work tree of it.</summary>
    public static ScratchCheckout OfBranch(CommandContext context, FlowSession session, string branch) =>
        session.Branches.CurrentBranch() == branch
            ? new ScratchCheckout(session, session, null)
            : Open(context, session, branch, directory => GitWrites.AddWorkTree(directory, branch));

    /// <summary>What <paramref name="read"/> finds in a detached checkout of <paramref name="revision"/>.</summary>
    public static T Read<T>(CommandContext context, FlowSession session, string revision, Func<FlowSession, T> read)
    {
        using var checkout = Open(context, session, revision, directory => GitWrites.AddScratchWorktree(directory, revision));
        return read(checkout.Session);
    }

    public void Dispose()
    {
        if (directory is not null)
        {
            Remove(owner, directory);
        }
    }

    private static ScratchCheckout Open(CommandContext context, FlowSession session, string revision, Func<string, IReadOnlyList<string>> add)
    {
        var directory = Path.Combine(Path.GetTempPath(), "steward-plan-" + Guid.NewGuid().ToString("N")[..12]);
        var added = new WorkTreeWriter(session.Git).Run(add(directory));
        if (!added.Succeeded)
        {
            throw Messages.RevisionNotCheckedOut(revision, added.FirstErrorLine);
        }

        try
        {
            return new ScratchCheckout(session, session.At(context, directory), directory);
        }
        catch
        {
            Remove(session, directory);
            throw;
        }
    }

    /// <summary>Removes a planning work tree; when git cannot (a file held open), the directory goes and git forgets it.</summary>
    private static void Remove(FlowSession session, string directory)
    {
        var writer = new WorkTreeWriter(session.Git);
        if (!writer.Run(GitWrites.RemoveWorkTree(directory)).Succeeded)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            writer.Run(GitWrites.PruneWorktrees());
        }
    }
}
