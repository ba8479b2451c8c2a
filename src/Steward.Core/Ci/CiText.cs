using System.Text;

namespace Steward.Core.Ci;

/// <summary>The pieces of text every CI file shares: quoting, branch patterns as regular expressions, the shell lines.</summary>
internal static class CiText
{
    /// <summary>
    /// Runs <paramref name="command"/> so that exit 3 (nothing to release) and 4 (frozen) end the job neutral. In
    /// pull-request mode <c>steward pr</c> runs first: its exit 3 means HEAD needs no pull request (nothing new, or a
    /// merged release pull request that HEAD carries), so the release runs and tags what the merge brought, whatever
    /// the merge method (merge, squash, rebase).
    /// </summary>
    public static IReadOnlyList<string> ReleaseLines(CiProcess process, bool endOnSuccess)
    {
        var release = "steward release --push" + (process.Announce ? " --announce" : string.Empty);
        var lines = new List<string> { "code=0" };
        if (process.PullRequests)
        {
            lines.Add("steward pr || code=$?");
            lines.Add("if [ \"$code\" -eq 3 ]; then code=0; " + release + " || code=$?; fi");
        }
        else
        {
            lines.Add(release + " || code=$?");
        }

        lines.Add("if [ \"$code\" -eq 3 ] || [ \"$code\" -eq 4 ]; then exit 0; fi");
        lines.Add(endOnSuccess ? "exit \"$code\"" : "if [ \"$code\" -ne 0 ]; then exit \"$code\"; fi");
        return lines;
    }

    /// <summary>The propagation of a bump branch: VERSION written into every target, committed and pushed back.</summary>
    public const string Propagate = "steward propagate --commit --push";

    /// <summary>The image build of the release at HEAD: Steward's bake file, built and pushed by docker buildx.</summary>
    public static readonly string[] Images = ["steward images --format bake > docker-bake.json", "docker buildx bake -f docker-bake.json --push"];

    /// <summary>A component's image build at its release commit: its own bake file, built and pushed by docker buildx.</summary>
    public static string[] ComponentImages(CiComponent component) =>
        ["steward images --component " + component.Name + " --format bake > docker-bake.json", Images[1]];

    /// <summary>
    /// The GitHub and Gitea filter pattern of a tag prefix's tags: the prefix, its filter characters escaped, then
    /// <c>*</c> (api-v*, web@*, chart/v*).
    /// </summary>
    public static string TagGlob(string prefix)
    {
        var sb = new StringBuilder();
        foreach (var c in prefix)
        {
            sb.Append(c is '*' or '?' or '+' or '[' or ']' or '!' or '\\' ? "\\" + c : c.ToString());
        }

        return sb.Append('*').ToString();
    }

    /// <summary>A GitLab rule's regular expression for tags starting with any of <paramref name="prefixes"/>.</summary>
    public static string PrefixesRegex(IReadOnlyList<string> prefixes) =>
        prefixes.Count == 1 ? PrefixRegex(prefixes[0]) : "/^(" + string.Join("|", prefixes.Select(p => PrefixRegex(p)[2..^1])) + ")/";

    /// <summary>A string literal of a GitHub expression (<c>'...'</c>, a quote doubled).</summary>
    public static string ExpressionString(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A release.branches pattern as a regular expression: <c>*</c> within a segment, <c>**</c> across.</summary>
    public static string BranchRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*')
            {
                var across = i + 1 < pattern.Length && pattern[i + 1] == '*';
                sb.Append(across ? ".*" : "[^\\/]*");
                i += across ? 1 : 0;
            }
            else
            {
                sb.Append(char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '-' or '_' ? pattern[i].ToString() : "\\" + pattern[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>A tag prefix as the start of a GitLab regular expression (<c>/^PREFIX/</c>).</summary>
    public static string PrefixRegex(string prefix) =>
        "/^" + System.Text.RegularExpressions.Regex.Escape(prefix).Replace("/", "\\/", StringComparison.Ordinal) + "/";

    /// <summary>A YAML single-quoted scalar.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
