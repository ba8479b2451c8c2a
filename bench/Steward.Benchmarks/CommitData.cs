namespace Steward.Benchmarks;

/// <summary>
/// Commit messages in the proportions of ../shared/bench/make-repo.sh (and of real histories): mostly conventional,
/// some scoped, a third with a body, some footers, a few breaking changes and non-conventional messages. Seeded, so
/// every run parses the same text.
/// </summary>
internal static class CommitData
{
    private static readonly string[] Types =
        ["feat", "feat", "feat", "fix", "fix", "fix", "chore", "chore", "docs", "refactor", "perf", "test", "ci", "build"];

    private static readonly string[] Scopes = ["core", "cli", "parser", "api", "config", "deps", "git", "changelog"];

    private static readonly string[] Nouns =
        ["tag parsing", "empty input", "merge commits", "unicode paths", "the config loader", "retry logic", "release notes"];

    private static readonly string[] Other = ["Update README.md", "WIP", "Fix typo", "Merge pull request #12 from dev/topic", "oops"];

    public static string[] Messages(int count)
    {
        var random = new Random(42);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.06)
            {
                result[i] = Other[random.Next(Other.Length)];
                continue;
            }

            var type = Types[random.Next(Types.Length)];
            var scope = random.NextDouble() < 0.6 ? "(" + Scopes[random.Next(Scopes.Length)] + ")" : string.Empty;
            var bang = i % 1500 == 7 ? "!" : string.Empty;
            var message = $"{type}{scope}{bang}: improve {Nouns[random.Next(Nouns.Length)]}";
            if (random.NextDouble() < 0.3)
            {
                message += "\n\n" + string.Join(' ', Enumerable.Range(0, random.Next(5, 25)).Select(_ => Nouns[random.Next(Nouns.Length)])) + ".";
            }

            var footers = new List<string>();
            if (random.NextDouble() < 0.15)
            {
                footers.Add("Refs: #" + random.Next(1, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (random.NextDouble() < 0.05)
            {
                footers.Add("Co-authored-by: Ada Lovelace <ada@example.com>");
            }

            if (i % 1500 == 11)
            {
                footers.Add("BREAKING CHANGE: the config loader now behaves differently\n  and this line continues the value");
            }

            if (footers.Count > 0)
            {
                message += "\n\n" + string.Join('\n', footers);
            }

            result[i] = message;
        }

        return result;
    }
}
