using System.Security.Cryptography;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// The files to attach: each glob (relative to the repository root) must match at least one file; every match is
/// checked like any path Steward reads (inside the repository, no symbolic link, never <c>.git</c>), named on the
/// forge by its file name (two files of one name are refused), held to the forge's size limit, and hashed (SHA-256).
/// </summary>
internal static class PublishAssets
{
    public static IReadOnlyList<WantedAsset> Collect(string root, IReadOnlyList<string> globs, string source, string forge, long limit)
    {
        var assets = new List<WantedAsset>();
        foreach (var glob in globs)
        {
            var pattern = glob.Replace('\\', '/');
            if (Path.IsPathRooted(pattern) || pattern.Split('/').Contains(".."))
            {
                throw Messages.PublishAssetOutsideRepository(source, glob);
            }

            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            matcher.AddExclude(".git/**");
            matcher.AddExclude("**/.git/**");
            var files = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw Messages.PublishAssetsMatchNothing(source, glob);
            }

            foreach (var file in files)
            {
                var full = SafePath.Resolve(root, file, source, PathUse.Read);
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                if (assets.Any(a => a.Path == relative))
                {
                    continue;
                }

                var name = Path.GetFileName(full);
                if (assets.FirstOrDefault(a => a.Name == name) is { } clash)
                {
                    throw Messages.PublishAssetNameTwice(name, clash.Path, relative);
                }

                var size = new FileInfo(full).Length;
                if (size > limit)
                {
                    throw Messages.PublishAssetTooLarge(relative, size, forge, limit);
                }

                assets.Add(new WantedAsset(name, relative, size, Sha256(full)));
            }
        }

        return assets;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
