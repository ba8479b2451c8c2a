namespace Steward.Flow;

/// <summary>
/// What <c>steward rollback</c> was asked to do beyond printing its plan; <c>Json</c> prints the report as JSON instead;
/// <c>DryRun</c> prints the steps <c>--apply</c> would run, exactly, and changes nothing.
/// </summary>
internal sealed record RollbackOptions(bool Apply, bool RetractTag, bool Push, bool Yes, bool Json = false, bool DryRun = false);
