using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// The message of a finish's tag: the version and the subjects of the commits it brings to main. A stand-in until the
/// release notes of steward release (issue 6) and the changelog (issue 5) land; then finish uses theirs.
/// </summary>
internal static class TagNotes
{
    public static string For(GitRunner git, string version, string branch, string main)
    {
        var lines = new List<string> { $"Release {version}", string.Empty };
        foreach (var commit in new HistoryReader(git).ReadCommits("refs/heads/" + branch, ["refs/heads/" + main]))
        {
            if (!commit.IsMerge)
            {
                lines.Add($"- {commit.Message.Split('\n')[0]} ({commit.ShortSha})");
            }
        }

        return string.Join('\n', lines).TrimEnd() + "\n";
    }
}
