using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Version;

/// <summary>
/// <c>steward version set</c> and <c>version bump</c> as a plan of one file step on the engine: <c>--dry-run</c> prints the
/// version on standard output and the step with VERSION's diff on standard error, <c>--dry-run --json</c> lists the step,
/// a directory, a link or a read-only file where VERSION is written is refused while planning (exit 2, one line, no
/// journal), and the real run leaves no journal behind.
/// </summary>
public sealed class VersionWritePlanTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    private string JournalPath => Path.Combine(repo.Root, ".git", "steward", "journal.json");

    [Fact]
    public void Set_dry_run_prints_the_version_and_the_diff_and_writes_nothing()
    {
        repo.WriteFile("VERSION", "v1.2.3\n");

        var result = StewardRunner.Run(repo.Root, "version", "set", "2.0.0-rc.1", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("v2.0.0-rc.1\n");
        Golden.Assert("Version/set-dry-run.txt", result.Error);
        repo.ReadFile("VERSION").Should().Be("v1.2.3\n");
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void Bump_dry_run_json_lists_the_one_file_step()
    {
        repo.WriteFile("VERSION", "1.2.3\n");

        var result = StewardRunner.Run(repo.Root, "version", "bump", "minor", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Version/bump-dry-run.json.txt", result.Out);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.GetProperty("verb").GetString().Should().Be("version bump");
        root.GetProperty("version").GetString().Should().Be("1.3.0");
        var step = root.GetProperty("steps").EnumerateArray().Should().ContainSingle().Subject;
        step.GetProperty("kind").GetString().Should().Be("file");
        step.GetProperty("path").GetString().Should().Be("VERSION");
        step.GetProperty("diff").GetString().Should().Contain("-1.2.3\n+1.3.0\n");
        repo.ReadFile("VERSION").Should().Be("1.2.3\n");
    }

    [Fact]
    public void Set_and_bump_write_through_the_engine_and_leave_no_journal()
    {
        repo.WriteFile("VERSION", "1.2.3\n");

        StewardRunner.Run(repo.Root, "version", "bump", "patch").Should().Be(new StewardResult(0, "1.2.4\n", string.Empty));
        StewardRunner.Run(repo.Root, "version", "set", "3.0.0").Should().Be(new StewardResult(0, "3.0.0\n", string.Empty));

        repo.ReadFile("VERSION").Should().Be("3.0.0\n");
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void A_directory_where_version_is_written_is_refused_while_planning()
    {
        Directory.CreateDirectory(repo.FullPath("VERSION"));

        var set = StewardRunner.Run(repo.Root, "version", "set", "1.0.0");
        var bump = StewardRunner.Run(repo.Root, "version", "bump", "patch");

        set.ExitCode.Should().Be(2);
        set.Error.Should().Be("steward: error: VERSION: is a directory (or a submodule), not a file; Steward writes the version there, so move it away or configure another path\n");
        bump.ExitCode.Should().Be(2);
        bump.Error.Should().Be(set.Error);
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void A_read_only_version_is_refused_while_planning_and_left_as_it_is()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        repo.WriteFile("VERSION", "1.2.3\n");
        File.SetUnixFileMode(repo.FullPath("VERSION"), UnixFileMode.UserRead);

        var result = StewardRunner.Run(repo.Root, "version", "bump", "major");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: VERSION: is read-only; Steward rewrites it, so make it writable (chmod u+w VERSION)\n");
        File.SetUnixFileMode(repo.FullPath("VERSION"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        repo.ReadFile("VERSION").Should().Be("1.2.3\n");
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void A_link_where_version_is_written_is_refused_and_its_target_is_untouched()
    {
        using var outside = TempGitRepository.Create();
        outside.WriteFile("elsewhere", "9.9.9\n");
        File.CreateSymbolicLink(repo.FullPath("VERSION"), outside.FullPath("elsewhere"));

        var result = StewardRunner.Run(repo.Root, "version", "set", "1.0.0");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: ").And.Contain("VERSION").And.NotContain("9.9.9");
        result.Error.TrimEnd('\n').Should().NotContain("\n");
        outside.ReadFile("elsewhere").Should().Be("9.9.9\n");
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void Outside_a_git_repository_the_step_is_written_without_a_journal()
    {
        var directory = Path.Combine(Path.GetTempPath(), "steward-version-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "VERSION"), "0.1.0\n");

            var result = StewardRunner.Run(directory, "version", "bump", "minor");

            result.Should().Be(new StewardResult(0, "0.2.0\n", string.Empty));
            File.ReadAllText(Path.Combine(directory, "VERSION")).Should().Be("0.2.0\n");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Without_its_argument_set_says_what_it_needs()
    {
        var result = StewardRunner.Run(repo.Root, "version", "set");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward version set needs the new version (e.g. steward version set 1.2.3) (only --abort and --continue go without it)\n");
    }
}
