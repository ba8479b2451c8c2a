using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>Where the repository is and what kind it is: a work tree, or bare (read-only verbs work in both).</summary>
internal sealed record Repository(string Root, bool IsBare, GitRunner Git)
{
    /// <summary>Finds the repository that contains <paramref name="directory"/>; null when it is not inside one.</summary>
    public static Repository? Find(string directory, IReadOnlyDictionary<string, string?> environment)
    {
        var probe = new GitRunner(directory, environment);

        // One process for the common case, a work tree. git answers in order and stops at the first question it
        // refuses: in a bare repository (or inside .git) it says whether it is bare, then refuses --show-toplevel.
        var result = probe.Run(["rev-parse", "--is-bare-repository", "--show-toplevel"]);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var isBare = lines.Length > 0 ? lines[0].Trim() : null;
        if (result.Succeeded && isBare == "false" && lines.Length == 2)
        {
            var root = Path.GetFullPath(lines[1].Trim());
            return new Repository(root, false, new GitRunner(root, environment));
        }

        if (isBare == "true")
        {
            var gitDirectory = Path.GetFullPath(probe.Read("rev-parse", "--absolute-git-dir").Trim());
            return new Repository(gitDirectory, true, new GitRunner(gitDirectory, environment));
        }

        // Inside the .git directory of a work tree: git's own refusal says where to go.
        return isBare == "false" ? throw GitRunner.Failure(["rev-parse", "--show-toplevel"], result) : null;
    }

    /// <summary>Like <see cref="Find"/>, but a failure that says what to do when there is no repository.</summary>
    public static Repository Require(string directory, IReadOnlyDictionary<string, string?> environment) =>
        Find(directory, environment)
        ?? throw Messages.NotInRepository(directory);
}
