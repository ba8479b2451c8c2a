namespace Steward.Core.Planning;

/// <summary>
/// A file the plan creates outside what git tracks (a release artifact): <see cref="FullPath"/> with
/// <see cref="Size"/> bytes of SHA-256 <see cref="Sha256"/>, named <see cref="ShownPath"/> to the user. The journal keeps
/// the path, size and hash, never the bytes: <c>--continue</c> builds the file again and writes it only if its hash is
/// the planned one, and undo removes only a file the run created that still has that hash.
/// </summary>
public sealed record ArtifactStep(string FullPath, string ShownPath, long Size, string Sha256) : PlanStep
{
    public override string Kind => "artifact";

    public override bool TouchesWorkTree => false;

    /// <summary>The bytes to write; null for a step read back from the journal.</summary>
    public byte[]? Content { get; init; }

    public static ArtifactStep Of(string fullPath, string shownPath, byte[] content) =>
        new(fullPath, shownPath, content.LongLength, HashOf(content)) { Content = content };

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
