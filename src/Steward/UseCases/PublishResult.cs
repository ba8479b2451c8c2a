using Steward.Core.Forge;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>
/// What a publish found and did: where, the plan made from the forge's state (a dry run stops there), the steps done
/// in order, and every forge call made (a dry run adds the calls the plan would make, with no status).
/// </summary>
internal sealed record PublishResult(
    ForgeLocation Location,
    string Forge,
    PublishPlan Plan,
    IReadOnlyList<PublishStep> Done,
    IReadOnlyList<ForgeCall> Calls,
    bool DryRun)
{
    /// <summary>The plan's forge step (in a dry run, with what its reconciliation would do); null for none.</summary>
    public Core.Planning.ForgeStep? Step { get; init; }
}
