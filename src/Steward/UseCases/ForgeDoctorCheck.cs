using Steward.Core.Planning;

namespace Steward.UseCases;

/// <summary>One line of <c>steward forge doctor</c>: what was checked, whether it passed, and what was found.</summary>
internal sealed record ForgeDoctorCheck(string Check, bool Ok, string Detail)
{
    /// <summary>Passed, but with something to fix (printed as a warning; the exit code stays 0).</summary>
    public bool Warning { get; init; }

    /// <summary>With <c>--fix</c>: the step of the plan that fixes what this line found (null: nothing to fix).</summary>
    public ForgeFixStep? Fix { get; init; }
}
