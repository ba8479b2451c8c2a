using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>
/// Runs a publish by reconciling: reads the release (drafts included), plans what is missing
/// (<see cref="ReleaseReconciler"/>), and does only that. A create or an upload that got no certain answer (a
/// timeout, a 5xx, "already exists") is never simply repeated: the release is read again and planned afresh, so a
/// rerun never duplicates a release or an asset. At most <see cref="Rounds"/> rounds.
/// </summary>
internal static class ReleasePublisher
{
    public const int Rounds = 3;

    /// <summary>Reads the forge and plans; read-only (the dry run).</summary>
    public static async Task<PublishPlan> PlanAsync(IForgeClient client, WantedRelease wanted, CancellationToken cancellation) =>
        ReleaseReconciler.Plan(wanted, await client.FindReleaseAsync(wanted.Tag, cancellation));

    /// <summary>Makes the forge's release the wanted one; returns the first plan and the steps done, in order.</summary>
    public static async Task<(PublishPlan First, IReadOnlyList<PublishStep> Done)> PublishAsync(
        IForgeClient client, WantedRelease wanted, string root, Action<PublishStep> done, CancellationToken cancellation)
    {
        PublishPlan? first = null;
        var steps = new List<PublishStep>();
        for (var round = 1; round <= Rounds; round++)
        {
            var plan = await PlanAsync(client, wanted, cancellation);
            first ??= plan;
            if (plan.IsComplete)
            {
                return (first, steps);
            }

            try
            {
                await ApplyAsync(client, plan, root, step =>
                {
                    steps.Add(step);
                    done(step);
                }, cancellation);
                return (first, steps);
            }
            catch (ForgeHttpException e) when (e.Uncertain && round < Rounds)
            {
                // The forge may have done it: read again rather than repeat it.
            }
        }

        throw Messages.ForgeStillIncomplete(wanted.Tag, Rounds);
    }

    private static async Task ApplyAsync(IForgeClient client, PublishPlan plan, string root, Action<PublishStep> done, CancellationToken cancellation)
    {
        var wanted = plan.Wanted;
        var current = plan.Existing;
        foreach (var step in plan.Steps)
        {
            switch (step.Kind)
            {
                case PublishStepKind.CreateDraft:
                    current = await client.CreateDraftAsync(wanted, cancellation);
                    break;
                case PublishStepKind.UpdateRelease:
                    current = await client.UpdateAsync(current!, wanted, cancellation);
                    break;
                case PublishStepKind.DeleteAsset:
                    await client.DeleteAssetAsync(current!, step.Existing!, cancellation);
                    break;
                case PublishStepKind.UploadAsset:
                    await client.UploadAsync(current!, step.Asset!, Path.Combine(root, step.Asset!.Path), cancellation);
                    break;
                default:
                    current = await client.PublishAsync(current!, wanted, cancellation);
                    break;
            }

            done(step);
        }
    }
}
