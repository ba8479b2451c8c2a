namespace Steward.Commands;

/// <summary>One forge call in --json: method, URL (no query) and status; null status: a call the dry run would make.</summary>
internal sealed record ForgeCallOutput(string Method, string Url, int? Status);
