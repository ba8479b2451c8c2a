namespace Steward.Flow;

/// <summary>A release a rollback goes from or to, in <c>steward rollback --json</c>.</summary>
internal sealed record RollbackRelease(string Tag, string Version, string Sha);
