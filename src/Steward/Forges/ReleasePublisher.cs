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
    public static async Task<PublishPlan> PlanAsync(IForgeClient client, WantedRelease wanted, CancellationToken cancellation)
    {
        var existing = await client.FindReleaseAsync(wanted.Tag, cancellation);
        if (existing is not null && client is IAssetDigests digests)
        {
            existing = await digests.WithDigestsAsync(existing, wanted.Assets, cancellation);
        }

        return ReleaseReconciler.Plan(wanted, existing, client.SupportsDrafts);
    }

    /// <summary>
    /// Makes the forge's release the wanted one; returns the first plan and the steps done, in order.
    /// <paramref name="starting"/> hears of each step before it runs (upload progress at a terminal).
    /// </summary>
    public static async Task<(PublishPlan First, IReadOnlyList<PublishStep> Done)> PublishAsync(
        IForgeClient client, WantedRelease wanted, string root, Action<PublishStep> done, CancellationToken cancellation, Action<PublishStep>? starting = null)
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
                await ApplyAsync(client, plan, root, starting, step =>
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

    private static async Task ApplyAsync(IForgeClient client, PublishPlan plan, string root, Action<PublishStep>? starting, Action<PublishStep> done, CancellationToken cancellation)
    {
        var wanted = plan.Wanted;
        var current = plan.Existing;
        foreach (var step in plan.Steps)
        {
            starting?.Invoke(step);
            switch (step.Kind)
            {
                // On a forge without drafts the same call creates the release published (IForgeClient.CreateDraftAsync).
                case PublishStepKind.CreateDraft or PublishStepKind.CreateRelease:
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
