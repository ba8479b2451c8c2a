namespace Steward.Core.Changelog;

/// <summary>A name and email as written in a commit or a <c>Co-authored-by:</c> trailer, before or after .mailmap.</summary>
public sealed record Identity(string Name, string Email);
