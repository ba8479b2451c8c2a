namespace Steward.Core.Configuration;

/// <summary>What steward artifacts produces: archive name, charts, signer, images.</summary>
public sealed class ArtifactsConfig
{
}
