using System.Text;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Diff;
using Steward.Core.Errors;

namespace Steward.Changelog;

/// <summary>
/// <c>steward changelog --regenerate</c>: the whole file rebuilt from every release tag, newest first. The releases
/// come from one walk over the history (<see cref="ReleaseHistory.ChangelogReleasesNewestFirst"/>) and are rendered
/// one at a time straight into a temp file beside the changelog, which then replaces it in one rename. Of the old
/// file only the preamble is read, so memory stays bounded by the releases under way however long the history, and
/// a failure leaves the old file as it was.
/// </summary>
internal static class ChangelogRegeneration
{
    /// <summary>
    /// Writes the regenerated file, or with <paramref name="dryRun"/> writes its diff to <paramref name="diffOutput"/>
    /// and leaves the file alone. False when the file already says the same.
    /// </summary>
    /// <remarks>
    /// The diff against an existing file holds both texts, as any diff must; the diff of a new file is streamed from
    /// the temp file.
    /// </remarks>
    public static bool Run(string root, string relativePath, ReleaseHistory history, CompiledTemplate template, bool dryRun, TextWriter diffOutput) =>
        Run(root, relativePath, history.ChangelogReleasesNewestFirst().Select(template.Render), dryRun, diffOutput);

    /// <summary>
    /// Like <see cref="Run(string, string, ReleaseHistory, CompiledTemplate, bool, TextWriter)"/>, from releases already
    /// rendered, newest first (a monorepo renders every component's from one walk).
    /// </summary>
    public static bool Run(string root, string relativePath, IEnumerable<string> renderedNewestFirst, bool dryRun, TextWriter diffOutput)
    {
        var target = Workspace.SafePath.Resolve(root, relativePath, ChangelogPlanner.ChangelogKey, Workspace.PathUse.Write);
        var existing = ChangelogPreamble.Read(target, relativePath);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.steward-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(existing?.HasBom ?? false)))
            {
                ChangelogRegenerator.Write(writer, existing, renderedNewestFirst);
            }

            var changed = existing is null || !SameContent(target, temp);
            if (dryRun && changed)
            {
                WriteDiff(diffOutput, relativePath, target, temp, existing is not null);
            }
            else if (changed)
            {
                if (existing is not null && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                }

                File.Move(temp, target, overwrite: true);
            }

            return changed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Messages.FileNotWritten(relativePath, e.Message, e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static void WriteDiff(TextWriter output, string relativePath, string target, string temp, bool exists)
    {
        if (exists)
        {
            var before = ChangelogText.Decode(relativePath, File.ReadAllBytes(target)).Text;
            var after = ChangelogText.Decode(relativePath, File.ReadAllBytes(temp)).Text;
            output.Write(UnifiedDiff.Create(relativePath, before, after));
            return;
        }

        int lines;
        using (var reader = new StreamReader(temp, new UTF8Encoding(false, true)))
        {
            lines = UnifiedDiff.CountLines(reader);
        }

        using (var reader = new StreamReader(temp, new UTF8Encoding(false, true)))
        {
            UnifiedDiff.WriteNewFile(output, relativePath, lines, reader);
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
