using Steward.Core.Artifacts.Archives;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// A tag's tree read through git: <c>ls-tree -r -z</c> lists it, one <c>cat-file --batch</c> process reads every
/// blob. Nothing comes from the work tree, so uncommitted changes never leak into a release.
/// </summary>
internal sealed class ReleaseTree
{
    private readonly GitRunner git;
    private readonly Dictionary<string, byte[]> contents = new(StringComparer.Ordinal);

    private ReleaseTree(GitRunner git, string tag, IReadOnlyList<TreeFile> files)
    {
        this.git = git;
        Tag = tag;
        Files = files;
    }

    public string Tag { get; }

    public IReadOnlyList<TreeFile> Files { get; }

    public static ReleaseTree List(GitRunner git, string tag)
    {
        var files = new List<TreeFile>();
        foreach (var record in new WorkTreeReader(git).TreeEntries($"refs/tags/{tag}^{{tree}}"))
        {
            // "MODE TYPE ID\tPATH"
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var meta = record[..tab].Split(' ');
            var path = record[(tab + 1)..];
            var kind = meta[0] switch
            {
                "100755" => ArchiveEntryKind.Executable,
                "120000" => ArchiveEntryKind.SymbolicLink,
                "160000" => ArchiveEntryKind.Directory,
                _ => ArchiveEntryKind.File,
            };
            files.Add(new TreeFile(path, kind, meta[2], meta[0] == "160000"));
        }

        return new ReleaseTree(git, tag, files);
    }

    /// <summary>Reads the blobs of <paramref name="files"/> that are not read yet, all through one git process.</summary>
    public void Load(IEnumerable<TreeFile> files)
    {
        var wanted = files.Where(f => !f.IsSubmodule && !contents.ContainsKey(f.ObjectId)).Select(f => f.ObjectId).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var (id, bytes) in git.ReadObjects(wanted))
        {
            contents[id] = bytes;
        }
    }

    public byte[] Content(TreeFile file) =>
        file.IsSubmodule ? [] : contents.TryGetValue(file.ObjectId, out var bytes) ? bytes
            : throw Messages.TreeFileNotLoaded(file.Path, Tag);
}
