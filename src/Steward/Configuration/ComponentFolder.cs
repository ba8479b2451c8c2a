using Steward.Core.Errors;

namespace Steward.Configuration;

/// <summary>
/// A component's path or glob as steward.yml gives it, checked and normalised: relative to the repository root,
/// '/'-separated, no '.', no trailing '/'; never climbing out with '..', absolute, or into .git.
/// </summary>
internal static class ComponentFolder
{
    /// <summary>The normalised form of <paramref name="path"/> (the key names it in errors); empty for the root.</summary>
    public static string Normalize(string key, string path)
    {
        var text = path.Replace('\\', '/');
        if (text.StartsWith('/') || Path.IsPathRooted(path) || (text.Length > 1 && text[1] == ':'))
        {
            throw Messages.ComponentPathLeavesRepository(key, path);
        }

        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        if (segments.Contains(".."))
        {
            throw Messages.ComponentPathLeavesRepository(key, path);
        }

        if (segments.Any(s => string.Equals(s, ".git", StringComparison.OrdinalIgnoreCase)))
        {
            throw Messages.ComponentPathInGitDirectory(key, path);
        }

        return string.Join('/', segments);
    }

    /// <summary>The folder part of a glob before its first wildcard (<c>libs/ui/**</c> gives <c>libs/ui</c>).</summary>
    public static string LiteralFolder(string glob)
    {
        var segments = glob.Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(['*', '?', '[', '{']) < 0).ToList();
        if (literal.Count == segments.Length)
        {
            // A glob without wildcards names a file (or a folder): its folder is the one around it.
            literal.RemoveAt(literal.Count - 1);
        }

        return string.Join('/', literal);
    }

    /// <summary>The whole folder a glob stands for (<c>libs/ui/**</c>), or null when it picks some files only.</summary>
    public static string? WholeFolder(string glob) =>
        glob.EndsWith("/**", StringComparison.Ordinal) && glob[..^3].IndexOfAny(['*', '?', '[', '{']) < 0 ? glob[..^3] : null;

    /// <summary>Whether one folder is the other or inside it (the root contains everything).</summary>
    public static bool Overlap(string a, string b) =>
        a.Length == 0 || b.Length == 0 || a == b || a.StartsWith(b + "/", StringComparison.Ordinal) || b.StartsWith(a + "/", StringComparison.Ordinal);
}
