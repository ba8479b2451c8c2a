namespace Steward.Workspace;

/// <summary>How an existing VERSION file is written, kept when Steward rewrites it.</summary>
internal sealed record VersionFileStyle(bool HasVPrefix, string Newline);
