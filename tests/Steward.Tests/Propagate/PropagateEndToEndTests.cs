using System.Text;
using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class PropagateEndToEndTests
{
    [Fact]
    public void Dry_run_prints_diffs_that_git_apply_takes_and_changes_nothing()
    {
        using var repo = SampleProject.Create();
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Snapshot().Should().Be(before);
        Golden.Assert("Propagate/dry-run.diff", result.Out);

        var patch = Path.Combine(Path.GetTempPath(), $"steward-{Guid.NewGuid():N}.diff");
        File.WriteAllText(patch, result.Out);
        try
        {
            repo.Git("apply", "--", patch);
        }
        finally
        {
            File.Delete(patch);
        }

        StewardRunner.Run(repo.Root, "check").ExitCode.Should().Be(0, "the applied diff is exactly what propagate writes");
    }

    [Fact]
    public void Propagate_then_check_is_clean()
    {
        using var repo = SampleProject.Create("1.3.0-rc.2");

        var propagated = StewardRunner.Run(repo.Root, "propagate");
        var check = StewardRunner.Run(repo.Root, "check");

        propagated.ExitCode.Should().Be(0, propagated.Error);
        Golden.Assert("Propagate/propagate.txt", propagated.Out);
        check.ExitCode.Should().Be(0, check.Error);
        Golden.Assert("Propagate/check-clean.txt", check.Out);
        repo.ReadFile("src/demo/__init__.py").Should().Contain("__version__ = \"1.3.0rc2\"  # written by steward");
        repo.ReadFile("charts/demo/Chart.yaml").Should().Contain("appVersion: \"v1.3.0-rc.2\"").And.Contain("version: 17.3.7");
        StewardRunner.Run(repo.Root, "propagate").Out.Should().Be("every target already has 1.3.0-rc.2 (5 files)\n");
    }

    [Fact]
    public void A_tampered_file_fails_check_naming_path_and_line()
    {
        using var repo = SampleProject.Create();
        StewardRunner.Run(repo.Root, "propagate").ExitCode.Should().Be(0);
        repo.WriteFile("charts/demo/Chart.yaml", repo.ReadFile("charts/demo/Chart.yaml").Replace("version: 1.2.0", "version: 1.1.9", StringComparison.Ordinal));

        var result = StewardRunner.Run(repo.Root, "check");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be("charts/demo/Chart.yaml:3: found 1.1.9, expected 1.2.0\n");
        Golden.Assert("Propagate/check-drift-error.txt", result.Error);
    }

    [Fact]
    public void In_github_actions_check_annotates_each_drifted_line()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n").WriteFile("package.json", "{\n  \"version\": \"0.9.0\"\n}\n");
        repo.Commit("chore: init");
        var environment = TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" });

        var result = StewardRunner.Run(repo.Root, null, environment, "check");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be("package.json:2: found 0.9.0, expected 1.0.0\n::error file=package.json,line=2::version found 0.9.0, expected 1.0.0 (VERSION is 1.0.0)\n");
    }

    [Fact]
    public void Check_accepts_versions_that_are_equal_in_another_scheme()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.2.0-alpha.1\n").WriteFile("pyproject.toml", "[project]\nversion = \"0.2.0a1\"\n");
        repo.Commit("chore: init");

        StewardRunner.Run(repo.Root, "check").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Check_json_lists_every_target_with_its_verdict()
    {
        using var repo = SampleProject.Create();

        var result = StewardRunner.Run(repo.Root, "check", "--json");

        result.ExitCode.Should().Be(1);
        Golden.Assert("Propagate/check.json", result.Out);
    }

    [Fact]
    public void A_bad_file_aborts_with_every_file_unchanged()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("web/package.json", "{\n  \"name\": \"web\",\n  \"version\": \"0.1.0\"\n  \"private\": true\n}\n");
        repo.Commit("feat: web");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        Golden.Assert("Propagate/error-malformed-json.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n  appVersion: 0.1.0\n", "error-malformed-yaml.txt")]
    [InlineData("crates/web/Cargo.toml", "[package]\nname = \"web\"\nversion = \"0.1.0\n", "error-malformed-toml.txt")]
    [InlineData("web/pom.xml", "<project>\n  <version>0.1.0</version>\n  <name>web</nam>\n</project>\n", "error-malformed-xml.txt")]
    [InlineData("web/__init__.py", "__version__ = '0.1.0'\n__version__ = '0.2.0'\n", "error-two-versions.txt")]
    public void A_malformed_target_of_any_format_aborts_naming_file_and_line(string path, string content, string golden)
    {
        using var repo = SampleProject.Create();
        repo.WriteFile(path, content);
        repo.Commit("feat: web");
        var before = repo.Snapshot();

        var propagate = StewardRunner.Run(repo.Root, "propagate");
        var check = StewardRunner.Run(repo.Root, "check");

        propagate.ExitCode.Should().Be(2);
        Golden.Assert($"Propagate/{golden}", propagate.Error);
        check.ExitCode.Should().Be(2);
        check.Error.Should().Be(propagate.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_binary_file_with_a_detected_name_is_an_error_before_anything_is_written()
    {
        using var repo = SampleProject.Create();
        repo.WriteBytes("lib/_version.py", [0x5f, 0x00, 0x01, 0x02]);
        repo.Commit("chore: binary");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: lib/_version.py: is not a text file (it holds NUL bytes); exclude it in steward.yml (propagate.exclude)\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Crlf_bom_and_missing_final_newline_survive_byte_for_byte()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "2.0.0\n");
        repo.WriteBytes("pkg/__init__.py", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# demo\r\n__version__ = '1.0.0'\r\nx = 1")]);
        repo.Commit("chore: init");

        StewardRunner.Run(repo.Root, "propagate").ExitCode.Should().Be(0);

        File.ReadAllBytes(repo.FullPath("pkg/__init__.py")).Should().Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# demo\r\n__version__ = '2.0.0'\r\nx = 1")]);
    }

    [Fact]
    public void Untracked_and_ignored_files_are_never_touched()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile(".gitignore", "build/\n").WriteFile("build/package.json", "{\"version\": \"0.1.0\"}");
        repo.WriteFile("scratch/package.json", "{\"version\": \"0.1.0\"}");

        StewardRunner.Run(repo.Root, "propagate").ExitCode.Should().Be(0);

        repo.ReadFile("build/package.json").Should().Be("{\"version\": \"0.1.0\"}");
        repo.ReadFile("scratch/package.json").Should().Be("{\"version\": \"0.1.0\"}");
    }

    [Fact]
    public void A_version_a_target_cannot_express_aborts_before_writing()
    {
        using var repo = SampleProject.Create("1.2.0-nightly.5");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: pyproject.toml:3: version '1.2.0-nightly.5' cannot be written as PEP 440");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Outside_a_repository_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory("steward-norepo-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "VERSION"), "1.0.0\n");
            var result = StewardRunner.Run(dir.FullName, "propagate");
            result.ExitCode.Should().Be(2);
            result.Error.Should().EndWith("is not inside a git repository; run Steward in one or pass --directory\n");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_tracked_file_deleted_in_the_work_tree_is_not_a_target()
    {
        using var repo = SampleProject.Create();
        File.Delete(repo.FullPath("package.json"));

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(repo.FullPath("package.json")).Should().BeFalse();
    }

    [Fact]
    public void The_built_tool_prints_the_same_dry_run_diff()
    {
        using var repo = SampleProject.Create();

        var result = ProcessRunner.Run(repo.Root, null, "propagate", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(StewardRunner.Run(repo.Root, "propagate", "--dry-run").Out);
    }

    [Fact]
    public void Runs_on_the_whole_repository_from_a_subdirectory_or_with_directory_option()
    {
        using var repo = SampleProject.Create();

        var fromSubdirectory = StewardRunner.Run(repo.FullPath("src/demo"), "check", "--json");
        var withOption = StewardRunner.Run(Path.GetTempPath(), "check", "--json", "-C", repo.FullPath("charts"));

        fromSubdirectory.Out.Should().Be(StewardRunner.Run(repo.Root, "check", "--json").Out);
        withOption.Out.Should().Be(fromSubdirectory.Out);
        StewardRunner.Run(repo.FullPath("src/demo"), "propagate").ExitCode.Should().Be(0);
        repo.ReadFile("charts/demo/Chart.yaml").Should().Contain("version: 1.2.0\n");
    }

    [Fact]
    public void A_pep440_version_without_a_semver_image_reaches_python_targets_and_is_refused_by_others()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0.post1\n").WriteFile("pyproject.toml", "[project]\nversion = \"1.0.0\"\n");
        repo.Commit("chore: init");

        StewardRunner.Run(repo.Root, "propagate").ExitCode.Should().Be(0);
        repo.ReadFile("pyproject.toml").Should().Be("[project]\nversion = \"1.0.0.post1\"\n");
        StewardRunner.Run(repo.Root, "check").ExitCode.Should().Be(0);

        repo.WriteFile("package.json", "{\n  \"version\": \"1.0.0\"\n}\n");
        repo.Commit("feat: node");
        var before = repo.Snapshot();
        var refused = StewardRunner.Run(repo.Root, "propagate");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().StartWith("steward: error: package.json:2: version '1.0.0.post1' cannot be written as SemVer");
        repo.Snapshot().Should().Be(before);
    }
}
