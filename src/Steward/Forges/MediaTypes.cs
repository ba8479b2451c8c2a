namespace Steward.Forges;

/// <summary>The Content-Type an asset is uploaded with, from its name; the forge shows it and serves the file with it.</summary>
internal static class MediaTypes
{
    public static string Of(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower switch
        {
            _ when lower.EndsWith(".tar.gz", StringComparison.Ordinal) || lower.EndsWith(".tgz", StringComparison.Ordinal) => "application/gzip",
            _ when lower.EndsWith(".gz", StringComparison.Ordinal) => "application/gzip",
            _ when lower.EndsWith(".zip", StringComparison.Ordinal) => "application/zip",
            _ when lower.EndsWith(".json", StringComparison.Ordinal) => "application/json",
            _ when lower.EndsWith(".txt", StringComparison.Ordinal) || lower.EndsWith(".md", StringComparison.Ordinal)
                || lower.EndsWith("sha256sums", StringComparison.Ordinal) => "text/plain",
            _ => "application/octet-stream",
        };
    }
}
