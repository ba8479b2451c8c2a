using System.Globalization;
using Steward.Core.Text;

namespace Steward.Core.Commits;

/// <summary>
/// <c>--pr-notes api</c> in pure terms: which pull requests of a release range need their description from the forge
/// (those a listed commit names, whose commit text names no notes), and the commits with the notes each description
/// gives, read by the same rules as a description in a commit (<see cref="PullRequestNotes"/>).
/// </summary>
public static class PullRequestDescriptionNotes
{
    /// <summary>
    /// The pull requests to ask for, in the order of <paramref name="commits"/>, each once: a merge a forge wrote (when
    /// <paramref name="merges"/> lists its title) and a squash commit (<c>title (#15)</c>, GitLab's <c>title (!12)</c>)
    /// whose text names no notes.
    /// <paramref name="mergeRequestsOnly"/>: GitLab, where <c>#15</c> is an issue and only <c>!12</c> a merge request.
    /// </summary>
    public static IReadOnlyList<PullRequestAsked> Wanted(IReadOnlyList<HistoryCommit> commits, MergePolicy merges, bool mergeRequestsOnly)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var found = new Dictionary<string, (long Number, List<string> Shas)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var commit in commits)
        {
            if (commit.ReleaseNotes is not null || ReferenceOf(commit, merges) is not { } reference)
            {
                continue;
            }

            if ((mergeRequestsOnly ? reference.Sigil != '!' : reference.Sigil != '#')
                || !long.TryParse(reference.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var key = reference.Sigil + reference.Number;
            if (!found.TryGetValue(key, out var entry))
            {
                found[key] = entry = (number, []);
                order.Add(key);
            }

            entry.Shas.Add(commit.Commit.Sha);
        }

        return [.. order.Select(key => new PullRequestAsked(found[key].Number, key, found[key].Shas))];
    }

    /// <summary>
    /// <paramref name="commits"/> with the notes of each description in <paramref name="descriptions"/> (by reference):
    /// a description that names none leaves the commit as it is (its title stands). The text is cleaned as commit text is
    /// (control characters and bidirectional overrides removed) before it is read; rendering escapes the rest.
    /// </summary>
    public static IReadOnlyList<HistoryCommit> Apply(IReadOnlyList<HistoryCommit> commits, IReadOnlyList<PullRequestAsked> asked, IReadOnlyDictionary<string, string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(descriptions);
        var notesBySha = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var pull in asked)
        {
            if (descriptions.TryGetValue(pull.Reference, out var description) && PullRequestNotes.Read(Clean(description)) is { } notes)
            {
                foreach (var sha in pull.Shas)
                {
                    notesBySha[sha] = notes;
                }
            }
        }

        return notesBySha.Count == 0
            ? commits
            : [.. commits.Select(c => notesBySha.TryGetValue(c.Commit.Sha, out var notes) ? c with { ReleaseNotes = notes } : c)];
    }

    /// <summary>The description as the notes may use it: line breaks normalised, control characters and bidi overrides gone.</summary>
    public static string Clean(string description) =>
        UntrustedText.WithoutControls(description.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));

    private static (char Sigil, string Number)? ReferenceOf(HistoryCommit commit, MergePolicy merges)
    {
        if (commit.MergedPullRequest is { } merged)
        {
            return merges == MergePolicy.BranchCommits ? null : (merged.Sigil, merged.Number);
        }

        if (commit.Commit.IsMerge)
        {
            return null;
        }

        // A squash subject: "title (#15)" on GitHub and Gitea, "title (!12)" on GitLab (its squash template's %{local_reference}).
        return commit.Message.PullRequest is { } number ? ('#', number)
            : commit.Message.MergeRequest is { } iid ? ('!', iid)
            : null;
    }
}
