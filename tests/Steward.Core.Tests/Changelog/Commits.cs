using Steward.Core.Commits;

namespace Steward.Core.Tests.Changelog;

/// <summary>Hand-made commits for the changelog tests: the parts a parser would produce, written out directly.</summary>
internal static class Commits
{
    public static HistoryCommit Make(
        string? type,
        string description,
        string? scope = null,
        bool breaking = false,
        IReadOnlyList<CommitFooter>? footers = null,
        string author = "Ada Lovelace",
        string email = "ada@example.com",
        string? sha = null,
        string? subject = null,
        IReadOnlyList<string>? breakingNotes = null,
        int parents = 1)
    {
        var header = type is null ? description : $"{type}{(scope is null ? string.Empty : $"({scope})")}{(breaking ? "!" : string.Empty)}: {description}";
        // A sha derived from the text, so golden files stay the same from run to run.
        sha ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(header + author)))[..40];
        var message = new CommitMessage(
            type is not null,
            type,
            scope,
            breaking,
            description,
            null,
            footers ?? [],
            breakingNotes ?? [],
            subject ?? header);
        var record = new CommitRecord(
            sha,
            Enumerable.Range(0, parents).Select(i => new string((char)('a' + i), 40)).ToList(),
            author,
            email,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            header);
        return new HistoryCommit(record, message);
    }

    public static CommitFooter Footer(string token, string value) => new(token, value);

    /// <summary>A commit named <paramref name="name"/> (its description, and its sha padded with zeros) with the given parents, named the same way.</summary>
    public static HistoryCommit Linked(string name, params string[] parents)
    {
        var made = Make("feat", name, sha: name.PadLeft(40, '0'));
        return made with { Commit = made.Commit with { Parents = parents.Select(p => p.PadLeft(40, '0')).ToList() } };
    }
}
