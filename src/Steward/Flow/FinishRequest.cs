namespace Steward.Flow;

/// <summary>What a person asked of a release or hotfix finish, as the command line read it.</summary>
/// <param name="Name">The NAME argument, or null for the branch HEAD is on.</param>
/// <param name="Bump">--bump: the branch's version raised by this level (major, minor, patch, release).</param>
/// <param name="As">--as: the version released instead of the branch's.</param>
/// <param name="FreezeOverrideReason">--override-freeze --reason TEXT, recorded in the commit and the tag.</param>
internal sealed record FinishRequest(string? Name, string? Bump, string? As, bool Push, bool DryRun, bool Json, bool Keep, string? FreezeOverrideReason);
