using Steward.Core.Artifacts;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Artifacts;

/// <summary>
/// Signs the built artifacts with the configured signer: SHA256SUMS always (it pins every artifact's hash), every
/// artifact too with <c>eachFile: true</c>. The files are staged in a temp directory for the signer and removed after.
/// </summary>
internal static class ReleaseSigner
{
    public static IReadOnlyList<ReleaseArtifact> Sign(SignerConfig signer, IReadOnlyList<ReleaseArtifact> artifacts, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        Validate(signer);
        var staging = Directory.CreateTempSubdirectory("steward-sign-");
        try
        {
            var signatures = new List<ReleaseArtifact>();
            foreach (var artifact in artifacts.Where(a => signer.EachFile || a.FileName == Sha256Sums.FileName))
            {
                var file = Path.Combine(staging.FullName, artifact.FileName);
                File.WriteAllBytes(file, artifact.Content);
                var signatureName = artifact.FileName + signer.Extension;
                var signature = SignerRunner.Sign(signer, file, Path.Combine(staging.FullName, signatureName), workingDirectory, environment);
                signatures.Add(new ReleaseArtifact(signatureName, signature));
            }

            return signatures;
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private static void Validate(SignerConfig signer)
    {
        if (signer.Command.Length == 0 || string.IsNullOrWhiteSpace(signer.Command[0]))
        {
            throw Messages.SignerCommandEmpty();
        }

        if (!signer.Command.Any(a => a.Contains("{file}", StringComparison.Ordinal)))
        {
            throw Messages.SignerCommandWithoutFile();
        }

        if (signer.Extension.Length < 2 || !signer.Extension.StartsWith('.') || signer.Extension.IndexOfAny(['/', '\\']) >= 0)
        {
            throw Messages.SignerExtensionInvalid(signer.Extension);
        }
    }
}
