namespace Steward.Forges;

/// <summary>
/// What <c>steward forge doctor</c> learns from the forge: the repository's name as the forge spells it, whether the
/// token may write releases (null: the forge does not say), and the token's scopes and rate limit when reported.
/// </summary>
internal sealed record ForgeAccess(string Repository, bool? CanWrite, string? Scopes, string? RateRemaining);
