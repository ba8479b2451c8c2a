namespace Steward.Commands;

/// <summary>One version slot that changes in <c>steward propagate --json</c>: its line, what it is, the value found and the value written.</summary>
internal sealed record PropagatedSlotOutput(int Line, string Label, string Found, string Expected);
