namespace Steward.Core.Configuration;

/// <summary>
/// A signing command as an argument array, run without a shell; <c>{file}</c> and <c>{signature}</c> in any
/// argument are replaced by the file to sign and the signature to write (which the command must create).
/// </summary>
public sealed class SignerConfig
{
    public string[] Command { get; set; } = [];

    /// <summary>Appended to a file's name to name its signature: <c>SHA256SUMS.sig</c>.</summary>
    public string Extension { get; set; } = ".sig";

    /// <summary>Also sign every artifact, not only SHA256SUMS (which already pins each artifact's hash).</summary>
    public bool EachFile { get; set; }
}
