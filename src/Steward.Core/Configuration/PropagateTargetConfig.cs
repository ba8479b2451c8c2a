namespace Steward.Core.Configuration;

/// <summary>
/// One configured target: a glob of tracked files, and either a regular expression whose named group <c>version</c> is
/// replaced or a dotted key path into a JSON, YAML, TOML or XML file; and the scheme the version is written in.
/// </summary>
public sealed class PropagateTargetConfig
{
    /// <summary>Glob of tracked files, relative to the repository root (<c>**</c> crosses directories).</summary>
    public string? Path { get; set; }

    /// <summary>A .NET regular expression with a named group <c>version</c>.</summary>
    public string? Pattern { get; set; }

    /// <summary>A dotted key path, e.g. <c>image.tag</c>; for XML the path starts at the root element.</summary>
    public string? Key { get; set; }

    /// <summary><c>json</c>, <c>yaml</c>, <c>toml</c> or <c>xml</c>; by default from the file's extension.</summary>
    public string? Format { get; set; }

    /// <summary><c>semver</c> (default), <c>pep440</c>, <c>docker</c> or <c>tag</c> (the git tag, with the tag prefix).</summary>
    public string Scheme { get; set; } = "semver";
}
