using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>Where the repository is and what kind it is: a work tree, or bare (read-only verbs work in both).</summary>
internal sealed record Repository(string Root, bool IsBare, GitRunner Git)
{
    /// <summary>Finds the repository that contains <paramref name="directory"/>; null when it is not inside one.</summary>
    public static Repository? Find(string directory, IReadOnlyDictionary<string, string?> environment)
    {
        var probe = new GitRunner(directory, environment);
        var result = probe.Run(["rev-parse", "--is-bare-repository", "--show-toplevel"]);
        if (!result.Succeeded)
        {
            // git refuses --show-toplevel in a bare repository ("must be run in a work tree"): ask that case apart.
            var bare = probe.Run(["rev-parse", "--is-bare-repository", "--absolute-git-dir"]);
            var bareLines = bare.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return bare.Succeeded && bareLines.Length == 2 && bareLines[0] == "true"
                ? new Repository(Path.GetFullPath(bareLines[1].Trim()), true, new GitRunner(Path.GetFullPath(bareLines[1].Trim()), environment))
                : null;
        }

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var isBare = lines.Length > 0 && lines[0] == "true";
        var root = isBare
            ? Path.GetFullPath(probe.Read("rev-parse", "--absolute-git-dir").Trim())
            : Path.GetFullPath(lines[^1].Trim());
        return new Repository(root, isBare, new GitRunner(root, environment));
    }

    /// <summary>Like <see cref="Find"/>, but a failure that says what to do when there is no repository.</summary>
    public static Repository Require(string directory, IReadOnlyDictionary<string, string?> environment) =>
        Find(directory, environment)
        ?? throw new StewardException(FailureKind.InvalidInput, $"{directory} is not inside a git repository; run Steward in one or pass --directory");
}
