using System.Text;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Diff;
using Steward.Core.Errors;

namespace Steward.Changelog;

/// <summary>
/// <c>steward changelog --regenerate</c>: the whole file rebuilt from every release tag, newest first. Releases are
/// rendered one at a time straight into a temp file beside the changelog, which then replaces it in one rename, so
/// memory stays bounded by one release however long the history, and a failure leaves the old file as it was.
/// </summary>
internal static class ChangelogRegeneration
{
    /// <summary>Writes the regenerated file (or, with <paramref name="dryRun"/>, returns its diff and writes nothing).</summary>
    public static (bool Changed, string Diff) Run(string root, string relativePath, ReleaseHistory history, CompiledTemplate template, bool dryRun)
    {
        var target = Workspace.SafePath.ForWriting(root, relativePath);
        var existing = ChangelogPlanner.ReadExisting(root, relativePath);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.steward-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(existing?.HasBom ?? false)))
            {
                var blocks = history.ChangelogTagsNewestFirst().Select(tag => template.Render(history.ForTag(tag)));
                ChangelogRegenerator.Write(writer, existing, blocks);
            }

            var changed = existing is null || !SameContent(target, temp);
            var diff = dryRun && changed
                ? UnifiedDiff.Create(relativePath, existing?.Text, ChangelogText.Decode(relativePath, File.ReadAllBytes(temp)).Text)
                : string.Empty;
            if (!dryRun && changed)
            {
                if (existing is not null && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                }

                File.Move(temp, target, overwrite: true);
            }

            return (changed, diff);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StewardException(FailureKind.OperationFailed, $"{relativePath}: could not write ({e.Message}); the file was left as it was", e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Compares two files a buffer at a time, so a long changelog is never held twice.</summary>
    private static bool SameContent(string a, string b)
    {
        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        if (x.Length != y.Length)
        {
            return false;
        }

        var bufferX = new byte[1 << 16];
        var bufferY = new byte[1 << 16];
        int read;
        while ((read = x.Read(bufferX, 0, bufferX.Length)) > 0)
        {
            y.ReadExactly(bufferY, 0, read);
            if (!bufferX.AsSpan(0, read).SequenceEqual(bufferY.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }
}
