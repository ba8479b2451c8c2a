using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>
/// `steward release --json` under GitHub Actions: stdout is exactly one JSON document whatever happens (a workflow
/// parses it), and the workflow annotations go to stderr, where the runner still reads them.
/// </summary>
public sealed class ReleaseJsonActionsTests : IDisposable
{
    private readonly ReleaseRepository project = new();
    private readonly string outputFile;

    public ReleaseJsonActionsTests() => outputFile = project.Work.Root + ".gh-output";

    private TempGitRepository Work => project.Work;

    public void Dispose()
    {
        File.Delete(outputFile);
        project.Dispose();
    }

    [Fact]
    public void A_failing_gate_prints_one_json_document_and_the_annotation_on_stderr()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: tests\n      command: [sh, -c, 'echo gate-out; exit 4']\n");
        Work.Commit("ci: gates");

        var result = Run("release", "--json");

        result.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(result.Out);
        var json = document.RootElement;
        json.GetProperty("released").GetBoolean().Should().BeFalse();
        json.GetProperty("pushed").GetBoolean().Should().BeFalse();
        json.GetProperty("exitCode").GetInt32().Should().Be(1);
        json.GetProperty("error").GetString().Should().StartWith("gate 'tests' failed (exit code 4)");
        result.Out.Should().NotContain("::");
        result.Error.Should().Contain("\n::error title=steward release::gate 'tests' failed (exit code 4)");
        File.ReadAllText(outputFile).Should().Be("released=false\n");
    }

    [Fact]
    public void Nothing_to_release_is_one_json_document_with_exit_code_3()
    {
        Work.Git("tag", "v1.0.1");

        var result = Run("release", "--json");

        result.ExitCode.Should().Be(3, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("released").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("exitCode").GetInt32().Should().Be(3);
        document.RootElement.GetProperty("error").GetString().Should().StartWith("nothing to release");
        result.Error.Should().NotContain("::error", "nothing to release is an answer, not a failure");
    }

    [Fact]
    public void A_failing_after_release_hook_keeps_the_one_release_document_on_stdout()
    {
        Work.WriteFile("steward.yml", "release:\n  hooks:\n    afterRelease:\n      - name: announce\n        command: [sh, -c, 'echo ::warning::from the hook; exit 2']\n");
        Work.Commit("ci: announce");

        var result = Run("release", "--json");

        result.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("released").GetBoolean().Should().BeTrue();
        document.RootElement.GetProperty("tag").GetString().Should().Be("v1.1.0");
        result.Error.Should().Contain("::error title=steward release::released, but after-release hook 'announce' failed (exit code 2)");
    }

    [Fact]
    public void Without_json_the_annotation_stays_on_stdout()
    {
        Work.WriteFile("steward.yml", "release:\n  gates:\n    - name: tests\n      command: [sh, -c, 'exit 4']\n");
        Work.Commit("ci: gates");

        var result = Run("release");

        result.ExitCode.Should().Be(1);
        result.Out.Should().EndWith("::error title=steward release::gate 'tests' failed (exit code 4); nothing was changed; its output is in "
            + new Steward.Git.WorkTreeReader(new Steward.Git.GitRunner(Work.Root, Work.Environment)).GitPath("steward/logs/gate-tests.log") + "\n");
        result.Error.Should().NotContain("::error");
    }

    private StewardResult Run(params string[] args) =>
        StewardRunner.Run(Work.Root, null, TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = outputFile, ["GITHUB_ACTIONS"] = "true" }), args);
}
