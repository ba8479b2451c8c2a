namespace Steward.Core.Artifacts;

/// <summary>One release artifact's file name and the lower-case hex SHA-256 of its bytes.</summary>
public sealed record ArtifactDigest(string FileName, string Sha256)
{
    public static ArtifactDigest Of(string fileName, byte[] content) =>
        new(fileName, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
}
