using System.Text.RegularExpressions;
using Steward.Core.Artifacts;
using Steward.Core.Artifacts.Archives;
using Steward.Core.Artifacts.Charts;
using Steward.Core.Artifacts.LockFiles;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// Builds every release artifact in memory from a tag's tree: source archives, charts, SBOM, provenance and
/// SHA256SUMS (signatures are added by the command, which needs files on disk for the signer). Nothing is written
/// here, so a failure anywhere leaves the output directory as it was.
/// </summary>
internal static partial class ArtifactBuilder
{
    /// <param name="belongs">
    /// For a component of a monorepo: whether a file of the tree is the component's (its archives and SBOM hold only
    /// those); null: every file.
    /// </param>
    public static IReadOnlyList<ReleaseArtifact> Build(Repository repository, IReadOnlyDictionary<string, string?> environment, ArtifactsConfig config, ReleaseTag tag, string name, BuildContext build,
        Func<string, bool>? belongs = null)
    {
        var tree = ReleaseTree.List(repository.Git, tag.Name);
        var exported = ExportIgnore.Filter(repository.Git, environment, tree).Where(f => belongs?.Invoke(f.Path) != false).ToList();
        var lockFiles = tree.Files.Where(f => f.Kind == ArchiveEntryKind.File && LockFileCatalog.ReaderFor(f.Path) is not null && belongs?.Invoke(f.Path) != false).ToList();
        var charts = config.Charts.Select(c => (Path: NormalizeChartPath(c), Files: ChartFiles(tree, NormalizeChartPath(c)))).ToList();
        tree.Load(exported.Concat(lockFiles).Concat(charts.SelectMany(c => c.Files)));

        var baseName = $"{name}-v{tag.Version}";
        var entries = SourceEntries(tree, exported, baseName);
        var artifacts = new List<ReleaseArtifact>
        {
            new($"{baseName}.tar.gz", TarGzWriter.Write(entries, tag.CommitDate)),
            new($"{baseName}.zip", ZipWriter.Write(entries, tag.CommitDate)),
        };
        foreach (var (path, files) in charts)
        {
            var chartFiles = files.Select(f => new ChartFile(f.Path[(path.Length + 1)..], f.Kind, tree.Content(f))).ToList();
            var chart = ChartPackager.Package(path, chartFiles, tag.Version, tag.CommitDate);
            if (artifacts.Any(a => a.FileName == chart.FileName))
            {
                throw Messages.ChartsPackageAsSameFile(chart.FileName);
            }

            artifacts.Add(new ReleaseArtifact(chart.FileName, chart.Content));
        }

        var release = new SbomRelease(name, tag.Version.ToString(), tag.Name, tag.CommitSha, tag.CommitDate, ToolVersion.Current);
        var packages = lockFiles.SelectMany(f => LockFileCatalog.ReaderFor(f.Path)!(f.Path, DecodeText(f.Path, tree.Content(f))));
        artifacts.Add(new ReleaseArtifact($"{baseName}.cdx.json", CycloneDxWriter.Write(release, packages)));

        var subjects = artifacts.Select(a => ArtifactDigest.Of(a.FileName, a.Content)).ToList();
        artifacts.Add(new ReleaseArtifact($"{baseName}.provenance.json", ProvenanceWriter.Write(release, build, subjects)));
        artifacts.Add(new ReleaseArtifact(Sha256Sums.FileName, Sha256Sums.Render(artifacts.Select(a => ArtifactDigest.Of(a.FileName, a.Content)))));
        return artifacts;
    }

    /// <summary>The archive's base name: artifacts.name, or the repository folder's name (without a bare repository's .git).</summary>
    public static string ArchiveName(ArtifactsConfig config, string repositoryRoot)
    {
        if (config.Name is not null)
        {
            return SafeName().IsMatch(config.Name)
                ? config.Name
                : throw Messages.ArtifactNameInvalid(config.Name);
        }

        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(repositoryRoot));
        folder = folder.EndsWith(".git", StringComparison.Ordinal) && folder.Length > 4 ? folder[..^4] : folder;
        return SafeName().IsMatch(folder) ? folder : Regex.Replace(folder, "[^A-Za-z0-9._-]", "-");
    }

    private static List<ArchiveEntry> SourceEntries(ReleaseTree tree, IReadOnlyList<TreeFile> exported, string prefix)
    {
        var entries = new List<ArchiveEntry> { ArchiveEntry.Directory(prefix) };
        var directories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in exported)
        {
            foreach (var directory in ExportIgnore.Ancestors(file.Path))
            {
                if (directories.Add(directory))
                {
                    entries.Add(ArchiveEntry.Directory($"{prefix}/{directory}"));
                }
            }

            // A submodule is an empty directory in the archive, as git archive makes it.
            entries.Add(file.IsSubmodule
                ? ArchiveEntry.Directory($"{prefix}/{file.Path}")
                : new ArchiveEntry($"{prefix}/{file.Path}", file.Kind, tree.Content(file)));
        }

        return [.. ArchiveEntry.Sorted(entries)];
    }

    private static string NormalizeChartPath(string path)
    {
        var normalized = path.Replace('\\', '/').Trim('/');
        normalized = normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
        return normalized.Length == 0 || normalized.Split('/').Any(p => p is ".." or ".")
            ? throw Messages.ChartPathOutsideRepository(path)
            : normalized;
    }

    private static List<TreeFile> ChartFiles(ReleaseTree tree, string chartPath)
    {
        var files = tree.Files.Where(f => f.Path.StartsWith(chartPath + "/", StringComparison.Ordinal) && !f.IsSubmodule).ToList();
        return files.Count > 0
            ? files
            : throw Messages.ChartPathNotInTag(chartPath, tree.Tag);
    }

    private static string DecodeText(string path, byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw Messages.LockFileNotUtf8(path, e);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SafeName();
}
