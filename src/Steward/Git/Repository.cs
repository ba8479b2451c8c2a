using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// Where the repository is and what kind it is: a work tree, or bare (read-only verbs work in both). <see cref="Head"/> is
/// HEAD as it was found (null in a bare repository, without commits, or when git did not answer).
/// </summary>
internal sealed record Repository(string Root, bool IsBare, GitRunner Git)
{
    public RepositoryHead? Head { get; init; }

    /// <summary>Finds the repository that contains <paramref name="directory"/>; null when it is not inside one.</summary>
    /// <param name="readRangeAhead">
    /// For a verb that reads the release range next (next, log, changelog): while git finds the repository, another
    /// lists the tags (<see cref="TagReader"/> takes that answer, see <see cref="GitRunner.ReadAhead"/>) and a third
    /// starts up for the walk since the last release (<see cref="HistoryReader.RangeWalk"/>, see
    /// <see cref="GitRunner.Prestart"/>), so that the run then waits for one git in line instead of three.
    /// </param>
    public static Repository? Find(string directory, IReadOnlyDictionary<string, string?> environment, bool readRangeAhead = false)
    {
        var probe = new GitRunner(directory, environment);
        if (readRangeAhead)
        {
            // The question every verb waits on first goes first; Probe takes its answer.
            probe.ReadAhead(ProbeQuestions);
            probe.ReadAhead(TagReader.AllVersionTags);
            probe.Prestart(HistoryReader.RangeWalk);
        }

        Repository? found = null;
        try
        {
            found = Probe(probe, directory);
            return found;
        }
        finally
        {
            if (found is null)
            {
                // Not a repository (or one git refused): nobody will ask for what was read ahead.
                probe.DropReadAhead();
            }
        }
    }

    // One process answers what every verb asks first: git answers in order and stops at the first question it refuses.
    // In a bare repository (or inside .git) it says whether it is bare and where the git directory is, then refuses
    // --show-toplevel; without a commit it refuses HEAD, after the work tree. "--" keeps a file named HEAD from making
    // HEAD ambiguous.
    private static string[] ProbeQuestions =>
    [
        "rev-parse", "--is-bare-repository", "--absolute-git-dir", "--is-shallow-repository", "--git-path", "shallow",
        "--show-toplevel", "HEAD^{commit}", "--symbolic-full-name", "HEAD", "--",
    ];

    private static Repository? Probe(GitRunner probe, string directory)
    {
        var result = probe.Run(ProbeQuestions);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var isBare = lines.Length > 0 ? lines[0].Trim() : null;
        if (isBare == "false" && lines.Length == (result.Succeeded ? 8 : 5))
        {
            var root = Path.GetFullPath(lines[4].Trim());
            return new Repository(root, false, probe.At(root)) { Head = HeadOf(result, lines, directory) };
        }

        if (isBare == "true" && lines.Length >= 2)
        {
            var gitDirectory = Path.GetFullPath(lines[1].Trim());
            return new Repository(gitDirectory, true, probe.At(gitDirectory));
        }

        // Inside the .git directory of a work tree: git's own refusal says where to go.
        return isBare == "false" ? throw GitRunner.Failure(["rev-parse", "--show-toplevel"], result) : null;
    }

    private static RepositoryHead? HeadOf(GitResult result, string[] lines, string directory)
    {
        // is-bare, git dir, is-shallow, shallow path, top level, HEAD's commit, HEAD's full name ("HEAD" when detached), "--".
        if (!result.Succeeded || lines.Length != 8)
        {
            return null;
        }

        var shallowFile = lines[2].Trim() == "true" ? Path.GetFullPath(lines[3].Trim(), directory) : null;
        var name = lines[6].Trim();
        return new RepositoryHead(lines[5].Trim(), shallowFile, name.StartsWith("refs/", StringComparison.Ordinal) ? name : null);
    }

    /// <summary>Like <see cref="Find"/>, but a failure that says what to do when there is no repository.</summary>
    public static Repository Require(string directory, IReadOnlyDictionary<string, string?> environment) =>
        Find(directory, environment)
        ?? throw Messages.NotInRepository(directory);
}
