namespace Steward.Git;

/// <summary>
/// The gits a <see cref="GitRunner"/> starts before they are asked for, shared by every runner of the same repository
/// (<see cref="GitRunner.At"/>): reads started ahead, walks started before their revisions are known, and reads that
/// wait for the next walk to start. Each answers the first call with its very command line, once.
/// </summary>
internal sealed class GitAhead
{
    private readonly List<GitReadAhead> started = [];
    private readonly List<GitPrestart> prestarted = [];
    private readonly List<IReadOnlyList<string>> onceWalking = [];

    public void Add(GitReadAhead read) => started.Add(read);

    public void Add(GitPrestart walk) => prestarted.Add(walk);

    public void AddOnceWalking(IReadOnlyList<string> arguments) => onceWalking.Add(arguments);

    /// <summary>The read started ahead with these arguments, if any. One still waiting for a walk is forgotten: the caller runs it now.</summary>
    public GitReadAhead? TakeRead(IReadOnlyList<string> arguments)
    {
        if (Take(started, a => a.Arguments, arguments) is { } read)
        {
            return read;
        }

        Take(onceWalking, w => w, arguments);
        return null;
    }

    public GitPrestart? TakePrestart(IReadOnlyList<string> arguments) => Take(prestarted, p => p.Arguments, arguments);

    /// <summary>Starts the reads that were waiting for a walk to start (with <paramref name="start"/>).</summary>
    public void WalkStarted(Func<IReadOnlyList<string>, GitReadAhead> start)
    {
        if (onceWalking.Count == 0)
        {
            return;
        }

        var waiting = onceWalking.ToList();
        onceWalking.Clear();
        foreach (var arguments in waiting)
        {
            started.Add(start(arguments));
        }
    }

    /// <summary>Stops everything started ahead that nobody asked for, and forgets what was still waiting.</summary>
    public void Drop()
    {
        foreach (var read in started)
        {
            read.Dispose();
        }

        foreach (var walk in prestarted)
        {
            walk.Dispose();
        }

        started.Clear();
        prestarted.Clear();
        onceWalking.Clear();
    }

    private static T? Take<T>(List<T> list, Func<T, IReadOnlyList<string>> argumentsOf, IReadOnlyList<string> arguments)
    {
        var index = list.FindIndex(item => argumentsOf(item).SequenceEqual(arguments, StringComparer.Ordinal));
        if (index < 0)
        {
            return default;
        }

        var item = list[index];
        list.RemoveAt(index);
        return item;
    }
}
