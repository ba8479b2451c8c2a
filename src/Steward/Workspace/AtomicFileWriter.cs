using Steward.Core.Errors;

namespace Steward.Workspace;

/// <summary>
/// Writes a set of files all-or-nothing: every new content goes to a temp file beside its target first, then each
/// temp file is renamed over its target. A failure before the renames leaves every file as it was; a failure during
/// them puts the already-renamed files back.
/// </summary>
internal static class AtomicFileWriter
{
    public static void WriteAll(string root, IReadOnlyList<FileEdit> edits)
    {
        var staged = new List<(string Target, string Temp, byte[]? Original)>();
        try
        {
            foreach (var edit in edits)
            {
                var target = SafePath.ForWriting(root, edit.RelativePath);
                var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.steward-{Guid.NewGuid():N}.tmp");
                byte[]? original = File.Exists(target) ? File.ReadAllBytes(target) : null;
                File.WriteAllBytes(temp, edit.NewContent);
                if (original is not null && !OperatingSystem.IsWindows())
                {
                    // Keep the file's permissions (an executable script stays executable).
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                }

                staged.Add((target, temp, original));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveTemps(staged);
            throw Messages.FilesNotWritten(e.Message, e);
        }
        catch
        {
            RemoveTemps(staged);
            throw;
        }

        var done = new List<(string Target, string Temp, byte[]? Original)>();
        try
        {
            foreach (var item in staged)
            {
                File.Move(item.Temp, item.Target, overwrite: true);
                done.Add(item);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var item in done)
            {
                if (item.Original is null)
                {
                    File.Delete(item.Target);
                }
                else
                {
                    File.WriteAllBytes(item.Target, item.Original);
                }
            }

            RemoveTemps(staged);
            throw Messages.FilesNotReplaced(e.Message, e);
        }
    }

    private static void RemoveTemps(IEnumerable<(string Target, string Temp, byte[]? Original)> staged)
    {
        foreach (var item in staged)
        {
            if (File.Exists(item.Temp))
            {
                File.Delete(item.Temp);
            }
        }
    }
}
