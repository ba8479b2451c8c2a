using Steward.Core.Planning;

namespace Steward.UseCases;

/// <summary>
/// <c>steward forge doctor</c>'s report: its lines in order and, with <c>--fix</c>, the plan of the fixes they found
/// needed (null without <c>--fix</c>; no steps when nothing needs fixing), and the label names read for it.
/// </summary>
internal sealed record ForgeDoctorReport(IReadOnlyList<ForgeDoctorCheck> Checks, ExecutionPlan? Plan, IReadOnlySet<string>? Labels)
{
    public bool Ok => Checks.All(c => c.Ok);
}
