using Steward.Core.Commits;

namespace Steward.Git;

/// <summary>
/// Streams the commits of a range with ONE <c>git log -z</c> and a custom format: no process per commit, and memory
/// for one commit at a time. Newest first, as git log walks.
/// </summary>
internal sealed class HistoryReader
{
    // Six NUL-separated fields per commit; -z ends each commit with NUL too, and a message can never contain NUL.
    private const string Format = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";
    private const int FieldCount = 6;

    // The same, after git's mark of the commit: '-' for a boundary commit of a --boundary walk.
    private const string MarkedFormat = "--format=%m%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";

    // Each commit starts with an empty field: a file name is never empty, so the empty field tells where the
    // variable list of files ends and the next commit begins.
    private const string FilesFormat = "--format=%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";

    /// <summary>
    /// The command line of <see cref="ReadAbove"/>'s walk, whose revisions travel on standard input, so that it can be
    /// started before they are known (<see cref="GitRunner.Prestart"/>). <c>--exclude=* --glob=refs/steward/nothing</c>
    /// names no ref at all, which still counts as revisions given: a walk never fed walks nothing, where git would
    /// otherwise take HEAD. Only refs/steward/nothing/ is looked through, so it costs nothing with many refs.
    /// </summary>
    public static IReadOnlyList<string> RangeWalk =>
        ["log", "-z", "--boundary", MarkedFormat, "--exclude=*", "--glob=refs/steward/nothing", "--stdin", "--"];

    private readonly GitRunner git;

    public HistoryReader(GitRunner git) => this.git = git;

    /// <summary>
    /// The commits reachable from <paramref name="to"/> and from none of <paramref name="exclude"/> (the <c>A..B</c> of
    /// git, generalised), as git reports them. Revisions are object names or refs the caller has already verified.
    /// </summary>
    public IEnumerable<CommitRecord> ReadCommits(string to, IEnumerable<string>? exclude = null)
    {
        var arguments = new List<string> { "log", "-z", Format, to };
        foreach (var revision in exclude ?? [])
        {
            arguments.Add("^" + revision);
        }

        // Revisions go before "--": what follows it would be paths.
        arguments.Add("--");
        return Records(arguments, null);
    }

    /// <summary>
    /// Every commit reachable from <paramref name="tips"/> (object names), children before parents
    /// (<c>--topo-order</c>), in one process however many tips there are: they travel on standard input.
    /// </summary>
    public IEnumerable<HistoryCommit> ReadTopological(IReadOnlyCollection<string> tips) =>
        Parsed(Records(["log", "--topo-order", "-z", Format, "--stdin", "--"], string.Join('\n', tips) + "\n"));

    /// <summary>
    /// Like <see cref="Read"/>, each commit with the files it touches (a merge: those it brings in over its first
    /// parent; a rename: both names), in the same one process: what assigns commits to a monorepo's components.
    /// </summary>
    public IEnumerable<CommitWithFiles> ReadWithFiles(string to, IEnumerable<string>? exclude = null)
    {
        var arguments = new List<string> { "log", "-z", "--name-only", "--no-renames", "--diff-merges=first-parent", FilesFormat, to };
        foreach (var revision in exclude ?? [])
        {
            arguments.Add("^" + revision);
        }

        arguments.Add("--");
        return RecordsWithFiles(arguments, null);
    }

    /// <summary>
    /// Like <see cref="ReadTopological"/>, each commit with the files it touches as <see cref="ReadWithFiles"/> lists
    /// them: one walk that both splits a monorepo's history at every component's tags and assigns its commits.
    /// </summary>
    public IEnumerable<CommitWithFiles> ReadTopologicalWithFiles(IReadOnlyCollection<string> tips) =>
        RecordsWithFiles(["log", "--topo-order", "-z", "--name-only", "--no-renames", "--diff-merges=first-parent", FilesFormat, "--stdin", "--"], string.Join('\n', tips) + "\n");

    private IEnumerable<CommitWithFiles> RecordsWithFiles(IReadOnlyList<string> arguments, string? standardInput)
    {
        var fields = new string[FieldCount];
        var index = -1;
        var files = new List<string>();
        foreach (var token in git.ReadRecords('\0', arguments, standardInput))
        {
            if (index >= 0 && index < FieldCount)
            {
                fields[index++] = token;
                continue;
            }

            if (token.Length == 0)
            {
                if (index == FieldCount)
                {
                    yield return WithFiles(fields, files);
                    files = [];
                }

                index = 0;
                continue;
            }

            // git separates the list of files from the message with a newline.
            files.Add(files.Count == 0 ? token.TrimStart('\n') : token);
        }

        if (index == FieldCount)
        {
            yield return WithFiles(fields, files);
        }
    }

    private static CommitWithFiles WithFiles(string[] fields, List<string> files)
    {
        var record = ToRecord(fields);
        return new CommitWithFiles(HistoryCommit.Read(record), files);
    }

    /// <summary>
    /// Like <see cref="Read"/> over the commits reachable from <paramref name="to"/> and not from <paramref name="exclude"/>,
    /// walked with <c>--boundary</c>: the boundary commits (excluded commits whose children were walked) are not yielded
    /// but added to <paramref name="boundary"/>, complete once the enumeration ends. <paramref name="exclude"/> is among them
    /// exactly when it is an ancestor of <paramref name="to"/> (and not <paramref name="to"/> itself).
    /// </summary>
    public IEnumerable<HistoryCommit> ReadAbove(string to, string exclude, ISet<string> boundary)
    {
        var fields = new string[FieldCount + 1];
        var index = 0;
        foreach (var field in git.ReadRecords('\0', RangeWalk, $"{to}\n^{exclude}\n"))
        {
            fields[index++] = field;
            if (index < fields.Length)
            {
                continue;
            }

            index = 0;
            if (fields[0].Trim() == "-")
            {
                boundary.Add(fields[1].Trim());
            }
            else
            {
                yield return HistoryCommit.Read(ToRecord(fields.AsSpan(1)));
            }
        }
    }

    /// <summary>Like <see cref="ReadCommits"/>, each commit with its message parsed as Conventional Commits.</summary>
    public IEnumerable<HistoryCommit> Read(string to, IEnumerable<string>? exclude = null) => Parsed(ReadCommits(to, exclude));

    private static IEnumerable<HistoryCommit> Parsed(IEnumerable<CommitRecord> records) =>
        records.Select(HistoryCommit.Read);

    private IEnumerable<CommitRecord> Records(IReadOnlyList<string> arguments, string? standardInput)
    {
        var fields = new string[FieldCount];
        var index = 0;
        foreach (var field in git.ReadRecords('\0', arguments, standardInput))
        {
            fields[index++] = field;
            if (index == FieldCount)
            {
                index = 0;
                yield return ToRecord(fields);
            }
        }
    }

    private static CommitRecord ToRecord(ReadOnlySpan<string> fields)
    {
        // git log may start a record with the newline that ends the previous one's format; object names never hold whitespace.
        var sha = fields[0].Trim();
        var parents = fields[1].Length == 0 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var date = GitDate.Read(fields[4]);
        return new CommitRecord(sha, parents, fields[2], fields[3], date, fields[5].TrimEnd('\n'));
    }
}
