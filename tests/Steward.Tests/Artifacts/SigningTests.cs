using System.Diagnostics;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class SigningTests
{
    [Fact]
    public void Ssh_keygen_signatures_of_SHA256SUMS_verify()
    {
        var keys = Directory.CreateTempSubdirectory("steward-keys-").FullName;
        var key = Path.Combine(keys, "release_key");
        ReleaseFixture.RunTool(keys, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "release@acme.test", "-f", key).ExitCode.Should().Be(0);
        using var repo = ReleaseFixture.Create(
            $"artifacts:\n  name: acme\n  signer:\n    command: [ssh-keygen, -Y, sign, -f, '{key}', -n, file, '{{file}}']\n");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(output, "SHA256SUMS.sig")).Should().BeTrue();
        var allowed = Path.Combine(keys, "allowed_signers");
        File.WriteAllText(allowed, "release@acme.test " + File.ReadAllText(key + ".pub"));
        Verify(output, allowed, "SHA256SUMS").Should().Be(0);

        // A signature must not verify for other content: the check above is meaningful.
        File.AppendAllText(Path.Combine(output, "SHA256SUMS"), "tampered\n");
        Verify(output, allowed, "SHA256SUMS").Should().NotBe(0);
    }

    [Fact]
    public void Each_file_signs_every_artifact()
    {
        var keys = Directory.CreateTempSubdirectory("steward-keys-").FullName;
        var key = Path.Combine(keys, "release_key");
        ReleaseFixture.RunTool(keys, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "release@acme.test", "-f", key).ExitCode.Should().Be(0);
        using var repo = ReleaseFixture.Create(
            $"artifacts:\n  name: acme\n  signer:\n    eachFile: true\n    command: [ssh-keygen, -Y, sign, -f, '{key}', -n, file, '{{file}}']\n");
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        var allowed = Path.Combine(keys, "allowed_signers");
        File.WriteAllText(allowed, "release@acme.test " + File.ReadAllText(key + ".pub"));
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Where(f => !f!.EndsWith(".sig", StringComparison.Ordinal)).ToList();
        files.Should().HaveCount(5);
        foreach (var file in files)
        {
            Verify(output, allowed, file!).Should().Be(0, file);
        }
    }

    [Fact]
    public void A_failing_signer_is_one_error_and_nothing_is_written()
    {
        using var repo = ReleaseFixture.Create("artifacts:\n  name: acme\n  signer:\n    command: [ssh-keygen, -Y, sign, -f, /nonexistent/key, -n, file, '{file}']\n");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: signer 'ssh-keygen' failed for SHA256SUMS (exit 255): ").And.EndWith("; no artifact was written\n");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_signer_that_writes_no_signature_is_an_error()
    {
        using var repo = ReleaseFixture.Create("artifacts:\n  name: acme\n  signer:\n    command: [git, --version, '{file}']\n");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: signer 'git' did not write SHA256SUMS.sig;");
        Directory.Exists(output).Should().BeFalse();
    }

    private static int Verify(string directory, string allowedSigners, string file)
    {
        var info = new ProcessStartInfo("ssh-keygen")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-Y", "verify", "-f", allowedSigners, "-I", "release@acme.test", "-n", "file", "-s", file + ".sig" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.BaseStream.Write(File.ReadAllBytes(Path.Combine(directory, file)));
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
