namespace Steward.Core.Forge;

/// <summary>One call's worth of work in a publish: the kind, and for asset steps the file (or the forge's asset) it is about.</summary>
public sealed record PublishStep(PublishStepKind Kind, WantedAsset? Asset = null, ForgeAsset? Existing = null)
{
    /// <summary>The step as a person reads it in a plan.</summary>
    public string Describe(WantedRelease release) => Kind switch
    {
        PublishStepKind.CreateDraft => $"create draft release {release.Tag}{(release.Prerelease ? " (prerelease)" : string.Empty)}",
        PublishStepKind.CreateRelease => $"create release {release.Tag} (published at once: the forge keeps no drafts)",
        PublishStepKind.UpdateRelease => $"update the title, notes and prerelease flag of {release.Tag}",
        PublishStepKind.DeleteAsset => $"delete asset {Existing!.Name} ({(Existing.Complete ? "its content differs" : "its upload never finished")})",
        PublishStepKind.UploadAsset => $"upload {Asset!.Path} as {Asset.Name} ({Asset.Size} bytes, sha256:{Asset.Sha256})",
        _ => $"publish {release.Tag}{(release.MakeLatest ? " as the latest release" : string.Empty)}",
    };
}
