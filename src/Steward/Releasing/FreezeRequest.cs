namespace Steward.Releasing;

/// <summary>What a verb that releases asks the freeze check.</summary>
/// <param name="What">What would be refused, for the message: "release of v1.2.0 on 'main'".</param>
/// <param name="Branches">The branches the verb releases from or onto; frozen when a window covers any of them.</param>
/// <param name="Component">The component released.</param>
/// <param name="OverrideReason">The reason given with --override-freeze, or null when the freeze is not overridden.</param>
internal sealed record FreezeRequest(string What, IReadOnlyList<string?> Branches, string? Component, string? OverrideReason);
