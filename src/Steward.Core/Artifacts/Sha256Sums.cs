using System.Text;

namespace Steward.Core.Artifacts;

/// <summary>
/// The <c>SHA256SUMS</c> file in the coreutils format that <c>sha256sum -c</c> reads: one "HEX, two spaces (text
/// mode marker ' '), name" line per file, sorted by name so the file is the same every time.
/// </summary>
public static class Sha256Sums
{
    public const string FileName = "SHA256SUMS";

    public static byte[] Render(IEnumerable<ArtifactDigest> digests)
    {
        var text = new StringBuilder();
        foreach (var digest in digests.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            text.Append(digest.Sha256).Append("  ").Append(digest.FileName).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
