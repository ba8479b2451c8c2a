using Steward.Core.Configuration;
using Steward.Engine;

namespace Steward.Tests.Release;

/// <summary>At a terminal a quiet gate says it is still running; in a pipe or CI log it prints only its own output.</summary>
public sealed class GateProgressTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("steward-gates-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_terminal_hears_that_a_quiet_gate_is_still_running()
    {
        using var output = new StringWriter();
        var runner = new ExternalCommandRunner(root, new Dictionary<string, string?>(), output) { ProgressInterval = TimeSpan.FromMilliseconds(200) };

        var outcome = runner.Run(new GateConfig { Name = "bench", Command = { "sleep", "1" }, Timeout = "30s" }, "gate", Path.Combine(root, "bench.log"));

        outcome.Succeeded.Should().BeTrue();
        output.ToString().Should().Contain("  [bench] still running (");
    }

    [Fact]
    public void A_pipe_gets_only_the_gate_output_and_the_log_keeps_it_whole()
    {
        using var output = new StringWriter();
        var runner = new ExternalCommandRunner(root, new Dictionary<string, string?>(), output);
        var log = Path.Combine(root, "tests.log");

        var outcome = runner.Run(new GateConfig { Name = "tests", Command = { "sh", "-c", "echo one; sleep 0.5; echo two >&2" } }, "gate", log);

        outcome.Succeeded.Should().BeTrue();
        output.ToString().Should().Be("  [tests] one\n  [tests] two\n");
        File.ReadAllText(log).Should().Be("one\ntwo\n");
    }
}
