using Steward.Core.Configuration;
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
    // --show-toplevel; without a commit it refuses HEAD, after the work tree. The last question asks whether HEAD has
    // the default changelog: under --symbolic-full-name git checks it and prints nothing (it names no ref), and refuses
    // it when HEAD has no such entry, after everything else is answered. "--" keeps a file named HEAD from making HEAD
    // ambiguous.
    private static string[] ProbeQuestions =>
    [
        "rev-parse", "--is-bare-repository", "--absolute-git-dir", "--is-shallow-repository", "--git-path", "shallow",
        "--show-toplevel", "HEAD^{commit}", "--symbolic-full-name", "HEAD", $"HEAD:{ChangelogConfig.DefaultFile}", "--",
    ];

    // The answers of a work tree: all 8 (is-bare, git dir, is-shallow, shallow path, top level, HEAD's commit, HEAD's
    // full name, "--"); 7 when HEAD has no default changelog (git refused that question, the last one but "--"); 5 when
    // there is no commit (git refused HEAD).
    private const int AllAnswers = 8;
    private const int AnswersWithoutChangelog = 7;
    private const int AnswersWithoutHead = 5;

    private static Repository? Probe(GitRunner probe, string directory)
    {
        var result = probe.Run(ProbeQuestions);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var isBare = lines.Length > 0 ? lines[0].Trim() : null;
        var answered = result.Succeeded ? lines.Length == AllAnswers : lines.Length is AnswersWithoutChangelog or AnswersWithoutHead;
        if (isBare == "false" && answered)
        {
            var root = Path.GetFullPath(lines[4].Trim());
            return new Repository(root, false, probe.At(root)) { Head = HeadOf(lines, directory) };
        }

        if (isBare == "true" && lines.Length >= 2)
        {
            var gitDirectory = Path.GetFullPath(lines[1].Trim());
            return new Repository(gitDirectory, true, probe.At(gitDirectory));
        }

        // Inside the .git directory of a work tree: git's own refusal says where to go.
        return isBare == "false" ? throw GitRunner.Failure(["rev-parse", "--show-toplevel"], result) : null;
    }

    private static RepositoryHead? HeadOf(string[] lines, string directory)
    {
        if (lines.Length < AnswersWithoutChangelog)
        {
            return null;
        }

        var shallowFile = lines[2].Trim() == "true" ? Path.GetFullPath(lines[3].Trim(), directory) : null;
        var name = lines[6].Trim();
        var branch = name.StartsWith("refs/", StringComparison.Ordinal) ? name : null;
        return new RepositoryHead(lines[5].Trim(), shallowFile, branch, CommitsDefaultChangelog: lines.Length == AllAnswers);
    }

    /// <summary>Like <see cref="Find"/>, but a failure that says what to do when there is no repository.</summary>
    public static Repository Require(string directory, IReadOnlyDictionary<string, string?> environment) =>
        Find(directory, environment)
        ?? throw Messages.NotInRepository(directory);
}
