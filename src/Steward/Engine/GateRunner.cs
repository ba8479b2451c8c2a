using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Engine;

/// <summary>Runs gates in order; the first failure stops with its name, why, and where its output is kept.</summary>
internal static class GateRunner
{
    public static void Run(IReadOnlyList<GateConfig> gates, ExternalCommandRunner runner, WorkTreeReader reader, TextWriter progress)
    {
        foreach (var gate in gates)
        {
            progress.WriteLine($"gate '{gate.Name}': {string.Join(' ', gate.Command)}");
            var log = reader.GitPath($"steward/logs/gate-{LogFileName(gate.Name)}.log");
            var outcome = runner.Run(gate, "gate", log);
            if (!outcome.Succeeded)
            {
                throw Messages.GateFailed(gate.Name, outcome.TimedOut ? null : outcome.ExitCode, gate.Timeout, log);
            }

            progress.WriteLine($"gate '{gate.Name}': passed in {outcome.Elapsed.TotalSeconds:0.0}s");
        }
    }

    /// <summary>A gate's or hook's name made safe as part of a log file name.</summary>
    public static string LogFileName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
