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
        // No race with the clock: the gate stays quiet until the console has heard "still running", however slowly the
        // machine goes (the 10 minutes are only a bound for a broken runner, which would otherwise hang the test).
        var heard = Path.Combine(root, "heard");
        using var output = new SignallingWriter("still running (", heard);
        var runner = new ExternalCommandRunner(root, new Dictionary<string, string?>(), output) { ProgressInterval = TimeSpan.FromMilliseconds(50) };
        var gate = new GateConfig { Name = "bench", Command = { "sh", "-c", "until [ -e heard ]; do sleep 0.05; done" }, Timeout = "10m" };

        var outcome = runner.Run(gate, "gate", Path.Combine(root, "bench.log"));

        outcome.Succeeded.Should().BeTrue();
        output.ToString().Should().StartWith("  [bench] still running (").And.EndWith("s of 600s)\n");
        File.ReadAllText(Path.Combine(root, "bench.log")).Should().BeEmpty("the log keeps the gate's output only");
    }

    [Fact]
    public void A_pipe_gets_only_the_gate_output_and_the_log_keeps_it_whole()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var runner = new ExternalCommandRunner(root, new Dictionary<string, string?>(), output);
        var log = Path.Combine(root, "tests.log");
        var script = "echo one; echo two; echo three >&2; echo four >&2; echo five";

        var outcome = runner.Run(new GateConfig { Name = "tests", Command = { "sh", "-c", script } }, "gate", log);

        outcome.Succeeded.Should().BeTrue();
        var printed = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var logged = File.ReadAllText(log).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The guarantee (see ExternalCommandRunner): every line, whole, once; each stream's lines in the order the gate
        // wrote them; the console and the log in the same order. Between stdout and stderr there is none (two pipes).
        printed.Should().BeEquivalentTo(["  [tests] one", "  [tests] two", "  [tests] three", "  [tests] four", "  [tests] five"]);
        printed.Where(l => l is "  [tests] one" or "  [tests] two" or "  [tests] five").Should().Equal("  [tests] one", "  [tests] two", "  [tests] five");
        printed.Where(l => l is "  [tests] three" or "  [tests] four").Should().Equal("  [tests] three", "  [tests] four");
        logged.Select(l => "  [tests] " + l).Should().Equal(printed);
        File.ReadAllText(log).Should().EndWith("\n").And.HaveLength(logged.Sum(l => l.Length + 1));
    }

    /// <summary>A console that creates a file once it has been written a line containing a given text.</summary>
    private sealed class SignallingWriter(string awaited, string signal) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.Write(value);
            base.Write('\n');
            if (value is not null && value.Contains(awaited, StringComparison.Ordinal) && !File.Exists(signal))
            {
                File.WriteAllText(signal, string.Empty);
            }
        }
    }
}
