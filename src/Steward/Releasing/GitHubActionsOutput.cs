using System.Text;

namespace Steward.Releasing;

/// <summary>
/// Under GitHub Actions: step outputs appended to $GITHUB_OUTPUT (version, tag, released, notes-file), and errors as
/// workflow annotations. Multi-line values use the delimiter form so notes cannot inject other outputs.
/// </summary>
internal static class GitHubActionsOutput
{
    public static void Write(string outputFile, IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in values)
        {
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                var delimiter = "steward_" + Guid.NewGuid().ToString("N");
                sb.Append(key).Append("<<").Append(delimiter).Append('\n').Append(value).Append('\n').Append(delimiter).Append('\n');
            }
            else
            {
                sb.Append(key).Append('=').Append(value).Append('\n');
            }
        }

        File.AppendAllText(outputFile, sb.ToString());
    }

    /// <summary>An error annotation; '%', CR and LF are escaped as the workflow command syntax requires.</summary>
    public static string ErrorAnnotation(string message) =>
        "::error title=steward release::" + message.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
}
