namespace Steward.Core.Artifacts.Formats;

/// <summary>One <c>key = value</c> of a lock file: the string when the value is a string, its raw text otherwise.</summary>
public sealed record TomlLockValue(string Raw, string? String, int Line);
