namespace Steward.Core.Forge;

/// <summary>
/// Reconcile, don't replay: compares the wanted release with the forge's and lists only what is missing. The order is
/// the one immutable releases need: create as a draft, set its text, replace or upload assets, then publish. A release
/// that is published already is never turned back into a draft; a draft that is wanted as a draft stays one. On a
/// forge without drafts (<paramref name="drafts"/> false: GitLab) the release is created published and there is no
/// publish step.
/// </summary>
public static class ReleaseReconciler
{
    public static PublishPlan Plan(WantedRelease wanted, ForgeRelease? existing, bool drafts = true)
    {
        var steps = new List<PublishStep>();
        var unchanged = new List<string>();
        var unwanted = new List<string>();
        if (existing is null)
        {
            steps.Add(new PublishStep(drafts ? PublishStepKind.CreateDraft : PublishStepKind.CreateRelease));
            steps.AddRange(wanted.Assets.Select(a => new PublishStep(PublishStepKind.UploadAsset, a)));
        }
        else
        {
            if (!SameText(existing.Body, wanted.Notes) || existing.Name != wanted.Name || existing.Prerelease != wanted.Prerelease)
            {
                steps.Add(new PublishStep(PublishStepKind.UpdateRelease));
            }

            foreach (var asset in wanted.Assets)
            {
                var present = existing.Assets.FirstOrDefault(a => a.Name == asset.Name);
                if (present is not null && Same(present, asset))
                {
                    unchanged.Add(asset.Name);
                    continue;
                }

                if (present is not null)
                {
                    steps.Add(new PublishStep(PublishStepKind.DeleteAsset, asset, present));
                }

                steps.Add(new PublishStep(PublishStepKind.UploadAsset, asset));
            }

            unwanted.AddRange(existing.Assets.Where(a => wanted.Assets.All(w => w.Name != a.Name)).Select(a => a.Name));
        }

        if (drafts && !wanted.Draft && (existing is null || existing.Draft))
        {
            steps.Add(new PublishStep(PublishStepKind.Publish));
        }

        return new PublishPlan(wanted, existing, steps, unchanged, unwanted);
    }

    /// <summary>
    /// The same file: a finished upload with the same SHA-256. A forge that reports no digest (older GitHub assets, a
    /// Gitea attachment whose size differs or that could not be downloaded) is trusted on the size alone, the best it allows.
    /// </summary>
    private static bool Same(ForgeAsset present, WantedAsset wanted) =>
        present.Complete && (present.Sha256 is { } digest
            ? string.Equals(digest, wanted.Sha256, StringComparison.OrdinalIgnoreCase)
            : present.Size == wanted.Size);

    /// <summary>Notes compare without regard to line endings or trailing blank space (forges normalise both).</summary>
    private static bool SameText(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
