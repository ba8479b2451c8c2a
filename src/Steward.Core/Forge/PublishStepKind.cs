namespace Steward.Core.Forge;

/// <summary>What one step of a publish does on the forge.</summary>
public enum PublishStepKind
{
    /// <summary>Create the release as a draft (assets go onto a draft first, so immutable releases work).</summary>
    CreateDraft,

    /// <summary>Set the title, notes and prerelease flag of an existing release to the wanted ones.</summary>
    UpdateRelease,

    /// <summary>Delete an asset whose content differs or whose upload never finished (an upload of the same name follows).</summary>
    DeleteAsset,

    /// <summary>Upload a file as an asset.</summary>
    UploadAsset,

    /// <summary>Publish the draft (and make it the latest release when it is the highest stable version).</summary>
    Publish,

    /// <summary>
    /// Create the release published at once, on a forge that keeps no drafts (GitLab): the assets follow it, so it is
    /// public without them for the length of the uploads.
    /// </summary>
    CreateRelease,
}
