namespace Steward.Git;

/// <summary>
/// The gits a <see cref="GitRunner"/> starts before they are asked for, shared by every runner of the same repository
/// (<see cref="GitRunner.At"/>): reads started ahead, walks started before their revisions are known, and reads that
/// wait for the next walk to start. Each answers the first call with its very command line, once.
/// </summary>
internal sealed class GitAhead
{
    private readonly List<(IReadOnlyList<string> Arguments, GitProcess Git)> reads = [];
    private readonly List<(IReadOnlyList<string> Arguments, GitProcess Git)> walks = [];
    private readonly List<IReadOnlyList<string>> onceWalking = [];

    public void AddRead(IReadOnlyList<string> arguments, GitProcess git) => reads.Add((arguments, git));

    public void AddWalk(IReadOnlyList<string> arguments, GitProcess git) => walks.Add((arguments, git));

    public void AddOnceWalking(IReadOnlyList<string> arguments) => onceWalking.Add(arguments);

    /// <summary>The read started ahead with these arguments, if any. One still waiting for a walk is forgotten: the caller runs it now.</summary>
    public GitProcess? TakeRead(IReadOnlyList<string> arguments)
    {
        if (Take(reads, arguments) is { } read)
        {
            return read;
        }

        var waiting = onceWalking.FindIndex(w => w.SequenceEqual(arguments, StringComparer.Ordinal));
        if (waiting >= 0)
        {
            onceWalking.RemoveAt(waiting);
        }

        return null;
    }

    /// <summary>The walk started ahead with these arguments, if any, still waiting for its input.</summary>
    public GitProcess? TakeWalk(IReadOnlyList<string> arguments) => Take(walks, arguments);

    /// <summary>Starts the reads that were waiting for a walk to start (with <paramref name="start"/>).</summary>
    public void WalkStarted(Func<IReadOnlyList<string>, GitProcess> start)
    {
        if (onceWalking.Count == 0)
        {
            return;
        }

        var waiting = onceWalking.ToList();
        onceWalking.Clear();
        foreach (var arguments in waiting)
        {
            reads.Add((arguments, start(arguments)));
        }
    }

    /// <summary>Stops the walk started ahead with these arguments, if nobody took it.</summary>
    public void DropWalk(IReadOnlyList<string> arguments)
    {
        if (Take(walks, arguments) is { } walk)
        {
            Stop(walk);
        }
    }

    /// <summary>Stops everything started ahead that nobody asked for, and forgets what was still waiting.</summary>
    public void Drop()
    {
        foreach (var (_, read) in reads)
        {
            read.Dispose();
        }

        foreach (var (_, walk) in walks)
        {
            Stop(walk);
        }

        reads.Clear();
        walks.Clear();
        onceWalking.Clear();
    }

    // A walk nobody fed: its input ends, and git, given nothing to walk, exits (see GitRunner.Prestart).
    private static void Stop(GitProcess walk)
    {
        walk.Give(string.Empty);
        walk.Dispose();
    }

    private static GitProcess? Take(List<(IReadOnlyList<string> Arguments, GitProcess Git)> list, IReadOnlyList<string> arguments)
    {
        var index = list.FindIndex(entry => entry.Arguments.SequenceEqual(arguments, StringComparer.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var git = list[index].Git;
        list.RemoveAt(index);
        return git;
    }
}
