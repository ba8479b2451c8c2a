namespace Steward.Propagation;

/// <summary>A file git tracks: its path relative to the root (forward slashes) and whether it is a symbolic link.</summary>
internal sealed record TrackedFile(string Path, bool IsSymbolicLink);
