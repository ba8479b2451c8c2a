namespace Steward.Workspace;

/// <summary>One file's new content, by its path relative to the repository root.</summary>
internal sealed record FileEdit(string RelativePath, byte[] NewContent);
