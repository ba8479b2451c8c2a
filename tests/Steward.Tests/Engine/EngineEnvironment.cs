namespace Steward.Tests.Engine;

/// <summary>Helpers the engine tests share: environments merged, the remote waited for, the journal's place.</summary>
internal static class EngineEnvironment
{
    public static IReadOnlyDictionary<string, string?> Merge(params IReadOnlyDictionary<string, string?>[] parts)
    {
        var merged = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary>
    /// Waits until the remote has <paramref name="tag"/>: a push Steward started goes on without it after the kill. The
    /// bound is generous; a local push takes a fraction of a second.
    /// </summary>
    public static void WaitForTag(Support.TempGitRepository remote, string tag)
    {
        for (var i = 0; i < 600 && remote.Git("tag", "-l", tag).Length == 0; i++)
        {
            Thread.Sleep(100);
        }

        remote.Git("tag", "-l", tag).Should().Be(tag + "\n", "the push that outlived Steward reached the remote");
    }

    public static string JournalPath(Support.TempGitRepository work) => Path.Combine(work.Root, ".git", "steward", "journal.json");

    /// <summary>The argv of every git step of a --dry-run --json document, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> PlannedGitArgv(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "git")
            .Select(s => (IReadOnlyList<string>)s.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!).ToList())
            .ToList();
    }

    /// <summary>The kind of every step of a --dry-run --json document, in order.</summary>
    public static IReadOnlyList<string> PlannedKinds(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!).ToList();
    }
}
