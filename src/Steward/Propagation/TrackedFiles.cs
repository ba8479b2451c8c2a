using Steward.Git;

namespace Steward.Propagation;

/// <summary>The files git tracks, streamed from <c>git ls-files -z -s</c>: ignored and untracked files are never targets.</summary>
internal static class TrackedFiles
{
    private const string SymbolicLinkMode = "120000";

    public static IReadOnlyList<TrackedFile> List(GitRunner git)
    {
        var files = new List<TrackedFile>();
        string? last = null;
        foreach (var record in new WorkTreeReader(git).IndexEntries())
        {
            // "<mode> <object> <stage>\t<path>"; a conflicted file appears once per stage.
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var path = record[(tab + 1)..];
            if (path == last)
            {
                continue;
            }

            last = path;
            files.Add(new TrackedFile(path, record.StartsWith(SymbolicLinkMode, StringComparison.Ordinal)));
        }

        return files;
    }
}
