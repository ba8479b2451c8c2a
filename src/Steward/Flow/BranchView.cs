using Steward.Cli;

namespace Steward.Flow;

/// <summary>
/// A branch as it is, to plan a finish from without switching the user's work tree: the session itself when HEAD is on
/// the branch, else a linked work tree of the branch in a temp directory (no ref moves, the user's files and index are
/// untouched), removed again when disposed.
/// </summary>
internal sealed class BranchView : IDisposable
{
    private readonly FlowSession owner;
    private readonly string? directory;

    private BranchView(FlowSession owner, FlowSession session, string? directory)
    {
        this.owner = owner;
        Session = session;
        this.directory = directory;
    }

    public FlowSession Session { get; }

    public static BranchView Open(CommandContext context, FlowSession session, string branch)
    {
        if (session.Branches.CurrentBranch() == branch)
        {
            return new BranchView(session, session, null);
        }

        var directory = Path.Combine(Path.GetTempPath(), $"steward-plan-{Guid.NewGuid():N}");
        session.Branches.AddWorkTree(directory, branch);
        try
        {
            return new BranchView(session, session.At(context, directory), directory);
        }
        catch
        {
            ScratchCheckout.Remove(session, directory);
            throw;
        }
    }

    public void Dispose()
    {
        if (directory is not null)
        {
            ScratchCheckout.Remove(owner, directory);
        }
    }
}
