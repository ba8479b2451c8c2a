using System.Diagnostics;
using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>`release.sign: true` makes the user's git sign the tag; here with a throwaway SSH key.</summary>
public sealed class ReleaseSigningTests : IDisposable
{
    private readonly ReleaseRepository project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void The_tag_is_signed_and_verifies()
    {
        var work = project.Work;
        var key = Path.Combine(work.Root, ".git", "test-signing-key");
        using (var keygen = Process.Start(new ProcessStartInfo("ssh-keygen", ["-q", "-t", "ed25519", "-N", string.Empty, "-C", "release@example.com", "-f", key])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            keygen.WaitForExit();
            keygen.ExitCode.Should().Be(0);
        }

        var allowed = Path.Combine(work.Root, ".git", "allowed-signers");
        File.WriteAllText(allowed, "committer@example.com " + File.ReadAllText(key + ".pub"));
        work.Git("config", "gpg.format", "ssh");
        work.Git("config", "user.signingkey", key);
        work.Git("config", "gpg.ssh.allowedSignersFile", allowed);
        work.WriteFile("steward.yml", "release:\n  sign: true\n");
        work.Commit("ci: signed releases");

        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("tag", "-v", "v1.1.0").Should().NotBeNull();
        work.Git("cat-file", "-p", "v1.1.0").Should().Contain("-----BEGIN SSH SIGNATURE-----");
    }
}
