using Steward.Core.Forge;

namespace Steward.Core.Planning;

/// <summary>
/// A release on a forge made as wanted, by reconciling: the forge (<see cref="Forge"/>, its API, the repository), the
/// tag, and the wanted release (notes, assets by path, size and SHA-256, draft, prerelease, latest). Its execution
/// reads what the forge has and does only what is missing, so running it again is harmless: <c>--continue</c> re-runs
/// it, and undo leaves the forge as it is (a forge release is reconciled, never deleted). Never the token (read from
/// the environment when the step runs), never an asset's bytes (read from the file when uploaded).
/// </summary>
public sealed record ForgeStep(ForgeKind Forge, string Api, string Repository, WantedRelease Wanted) : PlanStep
{
    public override string Kind => "forge";

    public override bool TouchesWorkTree => false;

    public string Tag => Wanted.Tag;

    /// <summary>The SHA-256 of the notes (UTF-8), how a plan names them: the notes themselves are the release's text.</summary>
    public string NotesSha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Wanted.Notes)));

    /// <summary>
    /// What a dry run's reconciliation found it would do against the forge as it is (each step as a person reads it,
    /// and each call as <c>METHOD URL</c>); null when the forge was not asked (a release's dry run, whose tag does not
    /// exist yet).
    /// </summary>
    public ForgeStepPreview? Preview { get; init; }

    /// <summary>The step as a plan prints it.</summary>
    public string Describe() =>
        $"forge: reconcile the {Forge} release {Tag} of {Repository} (notes sha256 {NotesSha256[..12]}, "
        + $"{Wanted.Assets.Count} asset{(Wanted.Assets.Count == 1 ? string.Empty : "s")}"
        + (Wanted.Draft ? ", draft" : string.Empty) + (Wanted.Prerelease ? ", prerelease" : string.Empty) + (Wanted.MakeLatest ? ", latest" : string.Empty) + ")";
}
