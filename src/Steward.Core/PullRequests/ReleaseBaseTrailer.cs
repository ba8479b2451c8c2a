using System.Text.RegularExpressions;

namespace Steward.Core.PullRequests;

/// <summary>
/// The trailer <c>Steward-Base: SHA</c> that <c>steward pr</c> adds to the release commit: which base commit the
/// release was built from. It survives a merge, a rebase and (with GitHub's default squash message) a squash, so
/// <c>steward release</c> can tell offline which commits the notes list; the pull request's marker says the same.
/// </summary>
public static partial class ReleaseBaseTrailer
{
    public const string Key = "Steward-Base";

    public static string AppendTo(string message, string baseSha) => $"{message.TrimEnd()}\n\n{Key}: {baseSha}";

    /// <summary>The base named in a commit message, by the trailer or by a pull request marker; null when none.</summary>
    public static string? Find(string message)
    {
        var trailer = Pattern().Matches(message);
        if (trailer.Count > 0)
        {
            return trailer[^1].Groups["sha"].Value;
        }

        return ReleaseMarker.Find(message)?.Base;
    }

    [GeneratedRegex(@"^Steward-Base: (?<sha>[0-9a-f]{40,64})\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
