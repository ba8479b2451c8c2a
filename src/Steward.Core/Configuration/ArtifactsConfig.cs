namespace Steward.Core.Configuration;

/// <summary>What steward artifacts produces: archive name, charts, signer, images.</summary>
public sealed class ArtifactsConfig
{
    /// <summary>Base name of the archives (<c>NAME-vX.Y.Z.tar.gz</c>); default: the repository folder's name.</summary>
    public string? Name { get; set; }

    /// <summary>Helm chart directories (paths in the tag's tree) to package as <c>CHART-X.Y.Z.tgz</c>.</summary>
    public string[] Charts { get; set; } = [];

    /// <summary>The command that signs SHA256SUMS (and every artifact, if asked); none means no signatures.</summary>
    public SignerConfig? Signer { get; set; }

    /// <summary>Container images to plan tags for; used when there is no <c>release-images.json</c>.</summary>
    public ImageConfig[] Images { get; set; } = [];
}
