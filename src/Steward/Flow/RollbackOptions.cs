namespace Steward.Flow;

/// <summary>What <c>steward rollback</c> was asked to do beyond printing its plan; <c>Json</c> prints the report as JSON instead.</summary>
internal sealed record RollbackOptions(bool Apply, bool RetractTag, bool Push, bool Yes, bool Json = false);
