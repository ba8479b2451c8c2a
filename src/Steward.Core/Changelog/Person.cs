namespace Steward.Core.Changelog;

/// <summary>An author or contributor after .mailmap, with a forge handle when the email reveals one.</summary>
public sealed record Person(string Name, string Email, string? Handle, string? ProfileUrl);
