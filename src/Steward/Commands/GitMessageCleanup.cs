namespace Steward.Commands;

/// <summary>
/// What git keeps of a commit-msg hook's file (the default <c>commit.cleanup=strip</c>): comment lines dropped,
/// everything below the scissors line of <c>git commit -v</c> dropped, trailing blank lines trimmed.
/// </summary>
internal static class GitMessageCleanup
{
    private const string Scissors = "------------------------ >8 ------------------------";

    public static string Strip(string text)
    {
        var kept = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.StartsWith('#'))
            {
                if (raw.Contains(Scissors, StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            kept.Add(raw.TrimEnd());
        }

        while (kept.Count > 0 && kept[0].Length == 0)
        {
            kept.RemoveAt(0);
        }

        return string.Join('\n', kept).TrimEnd();
    }
}
