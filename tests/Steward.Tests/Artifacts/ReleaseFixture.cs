using System.Diagnostics;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

/// <summary>
/// A repository with a tagged release v1.2.0 holding every kind of thing an archive must get right: an executable,
/// a symbolic link, a path longer than 100 bytes, export-ignored files and folders, non-ASCII names, a lock file of
/// every kind the SBOM reads and a Helm chart.
/// </summary>
public static class ReleaseFixture
{
    public const string Tag = "v1.2.0";
    public const string BaseName = "acme-v1.2.0";

    public static readonly string LongPath =
        "src/a-directory-with-a-rather-long-name/another-directory-with-an-even-longer-name/and-a-file-name-that-goes-past-the-ustar-limit.txt";

    public static string LocksDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Artifacts", "locks");

    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Artifacts", "schema");

    /// <summary>The lock fixtures and where each goes in the repository.</summary>
    public static readonly IReadOnlyList<(string Fixture, string Path)> LockFiles =
    [
        ("packages.lock.json", "src/App/packages.lock.json"),
        ("package-lock.json", "web/package-lock.json"),
        ("poetry.lock", "py/poetry.lock"),
        ("requirements-prod.txt", "py/requirements-prod.txt"),
        ("uv.lock", "svc/uv.lock"),
        ("Cargo.lock", "rust/Cargo.lock"),
        ("go.sum", "go/go.sum"),
        ("Chart.lock", "charts/app/Chart.lock"),
    ];

    public static TempGitRepository Create(string? stewardYml = null) =>
        RepositoryTemplates.Copy("artifacts " + (stewardYml ?? "(default)"), () => [Build(stewardYml)])[0];

    private static TempGitRepository Build(string? stewardYml)
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", stewardYml ?? "artifacts:\n  name: acme\n  charts:\n    - charts/app\n")
            .WriteFile("README.md", "# Acme\n")
            .WriteFile("VERSION", "1.2.0\n")
            .WriteFile(".gitattributes", "tests/ export-ignore\n*.secret export-ignore\n/.github export-ignore\n")
            .WriteFile("tests/test.txt", "not shipped\n")
            .WriteFile("notes.secret", "not shipped\n")
            .WriteFile(".github/workflows/ci.yml", "on: push\n")
            .WriteFile("src/run.sh", "#!/bin/sh\necho run\n")
            .WriteFile("src/café/ünïcode.txt", "non-ASCII path\n")
            .WriteFile(LongPath, "deep\n")
            .WriteBytes("assets/blob.bin", [0, 1, 2, 255, 254, 0, 10, 13])
            .WriteFile("charts/app/Chart.yaml", "apiVersion: v2\n# the chart\nname: app\nversion: 0.0.0 # set by steward\nappVersion: \"1.0\"\n")
            .WriteFile("charts/app/values.yaml", "replicas: 1\n")
            .WriteFile("charts/app/templates/deployment.yaml", "kind: Deployment\n")
            .WriteFile("charts/app/.helmignore", "# scratch files\n*.tmp\n")
            .WriteFile("charts/app/notes.tmp", "left out by .helmignore\n")
            .WriteFile("src/café/naïve.secret", "export-ignored, with a non-ASCII path\n");
        foreach (var (fixture, path) in LockFiles)
        {
            repo.WriteBytes(path, File.ReadAllBytes(Path.Combine(LocksDirectory, fixture)));
        }

        File.CreateSymbolicLink(repo.FullPath("link-to-readme"), "README.md");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repo.FullPath("src/run.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        repo.Commit("feat: first release");
        repo.Tag(Tag);
        return repo;
    }

    /// <summary>A fresh output directory under the system temp folder.</summary>
    public static string NewOutputDirectory() =>
        Path.Combine(Path.GetTempPath(), "steward-out-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>git's own output as bytes (the test helper's Git() decodes text, which would corrupt an archive).</summary>
    public static byte[] GitBytes(TempGitRepository repo, params string[] arguments)
    {
        var file = Path.GetTempFileName();
        try
        {
            repo.Git([.. arguments, "-o", file]);
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs a program (sha256sum, ssh-keygen) with an argument array; returns exit code and output.</summary>
    public static (int ExitCode, string Output) RunTool(string directory, string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
