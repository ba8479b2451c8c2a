namespace Steward.Flow;

/// <summary>What <c>steward rollback</c> was asked to do beyond printing its plan.</summary>
internal sealed record RollbackOptions(bool Apply, bool RetractTag, bool Push, bool Yes);
