using System.Text.RegularExpressions;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// Guards the one git seam of docs/architecture.md: only <c>src/Steward/Git/</c> builds a git command line. Elsewhere
/// code asks a reader there a question, or plans argv from <c>GitWrites</c> as a step; it never calls the runner.
/// </summary>
public sealed partial class GitSeamTests
{
    private const string Seam = "src/Steward/Git/";

    [Fact]
    public void No_code_outside_the_seam_runs_git()
    {
        // Steward.Core starts no process at all (LayeringTests); the tool is where git runs.
        var offenders = SourceTree.CSharpFiles("src/Steward")
            .Where(f => !f.Path.StartsWith(Seam, StringComparison.Ordinal))
            .SelectMany(f => RunnerCall().Matches(f.Text).Select(m => $"{f.Path}:{f.Text.AsSpan(0, m.Index).Count('\n') + 1}: {m.Value}"))
            .ToList();

        offenders.Should().BeEmpty("a git command line is built in src/Steward/Git/ only (a reader's method, or GitWrites for a step)");
    }

    [Fact]
    public void The_rule_sees_a_call_on_the_runner()
    {
        // The pattern must catch the shapes the rule forbids, or the test above could never fail.
        RunnerCall().IsMatch("repository.Git.Run([\"tag\", \"--points-at\", \"HEAD\"])").Should().BeTrue();
        RunnerCall().IsMatch("git.Read(\"log\", \"-1\")").Should().BeTrue();
        RunnerCall().IsMatch("git.ReadRecords('\\0', \"ls-files\")").Should().BeTrue();
        RunnerCall().IsMatch("scratch.Run([\"check-attr\"], input)").Should().BeTrue();
        RunnerCall().IsMatch("new ProcessStartInfo(\"git\")").Should().BeTrue();
        RunnerCall().IsMatch("GateRunner.Run([gate.Command], commands)").Should().BeFalse();
    }

    // A call of GitRunner's command methods with the command line in place (an argument array or the first word as a
    // string), or a process started as "git".
    [GeneratedRegex(""""\.(?:Run|Read|ReadRecords|StartSession)\(\s*(?:\[\s*"|"|'\\0',\s*")|ProcessStartInfo\(\s*"git"|FileName\s*=\s*"git"""")]
    private static partial Regex RunnerCall();
}
