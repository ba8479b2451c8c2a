namespace Steward.Core.Propagation;

/// <summary>One slot checked against VERSION: what it holds, what it should hold, and whether the two agree.</summary>
public sealed record Drift(string Path, VersionSlot Slot, string Expected, bool Agrees);
