using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Releasing;

/// <summary>One `steward release`: plan, print, gates, apply, report (as text, JSON and GitHub Actions outputs).</summary>
internal sealed class ReleaseRun(CommandContext context, ReleaseOptions options)
{
    // Set once the tag exists (and is pushed when asked): a later failure must not report "released=false".
    private bool released;

    // Set once stdout carries the --json document: a later failure must not print a second one.
    private bool jsonWritten;

    // With --json, progress goes to stderr so that stdout is one JSON document.
    private TextWriter Progress => options.Json ? context.Error : context.Out;

    public int Execute(string? directory)
    {
        var planner = new ReleasePlanner(context, options);
        var (plan, _) = planner.Build(directory, Progress);
        ReleasePlanPrinter.Print(Progress, plan, options.DryRun);
        if (options.DryRun)
        {
            Progress.WriteLine("dry run: nothing was changed");
            if (options.Json)
            {
                ReleaseJson.Write(context.Out, new ReleaseResult(plan.Version, plan.Tag, null, plan.Notes, plan.Edits.Where(e => e.Changes).Select(e => e.RelativePath).ToList(), false, false));
                jsonWritten = true;
            }

            return ExitCodes.Success;
        }

        var git = planner.Repository.Git;
        var runner = new ExternalCommandRunner(planner.Root, context.Environment, Progress) { ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null };
        RunGates(plan.Gates, runner, new WorkTreeReader(git), Progress);

        var environment = new Dictionary<string, string?>
        {
            ["STEWARD_VERSION"] = plan.Version.ToString(),
            ["STEWARD_TAG"] = plan.Tag,
            ["STEWARD_PREVIOUS_VERSION"] = plan.PreviousVersion?.ToString() ?? string.Empty,
        };
        var executor = new ReleaseExecutor(planner.Root, git, runner, Progress);
        var result = executor.Apply(plan, environment);
        Progress.WriteLine(result.Pushed
            ? $"released {plan.Tag}: commit {result.Commit![..7]}, tag {plan.Tag}, pushed to '{plan.Remote}'"
            : $"released {plan.Tag}: commit {result.Commit![..7]}, tag {plan.Tag} (not pushed: run with --push, or git push --atomic {plan.Remote} {plan.Branch} {plan.Tag})");
        if (options.Json)
        {
            ReleaseJson.Write(context.Out, result);
            jsonWritten = true;
        }

        WriteActionsOutputs(result, new WorkTreeReader(git));
        released = true;
        var syncExit = Flow.SyncReport.AfterRelease(context, Progress, git, planner.Config.Flow, plan.Branch, result.Pushed);
        executor.RunAfterReleaseHooks(plan, environment);
        return syncExit;
    }

    public int Abort(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        var executor = new ReleaseExecutor(project.Root, repository.Git, new ExternalCommandRunner(project.Root, context.Environment, Progress), Progress);
        var journal = ReleaseJournal.Load(executor.JournalPath)
            ?? throw new StewardException(FailureKind.InvalidInput, "there is no interrupted release to abort");
        if (journal.Pushed)
        {
            File.Delete(executor.JournalPath);
            Progress.WriteLine($"{journal.Tag} was already pushed, so it is released; cleared the journal and changed nothing else");
            return ExitCodes.Success;
        }

        executor.Undo(journal);
        Progress.WriteLine($"aborted the release of {journal.Tag}: files, index, HEAD and tags are as they were before it");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Under GitHub Actions, a failure is also an error annotation and `released=false`; with --json, stdout still gets
    /// its one document (the failure's, unless the release's own was already written).
    /// </summary>
    public void ReportFailure(FailureKind kind, string message)
    {
        if (context.GetEnvironment("GITHUB_ACTIONS") == "true" && kind != FailureKind.NothingToRelease)
        {
            // With --json, stdout is the document a workflow parses, so the annotation goes to stderr: the runner reads
            // workflow commands from both streams (GitHub documents stdout; its runner hands stderr to the same parser).
            (options.Json ? context.Error : context.Out).WriteLine(GitHubActionsOutput.ErrorAnnotation(message));
        }

        if (options.Json && !jsonWritten)
        {
            ReleaseJson.WriteFailure(context.Out, ExitCodes.For(kind), message);
            jsonWritten = true;
        }

        if (!released && context.GetEnvironment("GITHUB_OUTPUT") is { Length: > 0 } outputFile)
        {
            GitHubActionsOutput.Write(outputFile, new Dictionary<string, string> { ["released"] = "false" });
        }
    }

    /// <summary>Runs the configured gates in order; the first failure stops with its name and exit code. Also used by flow's finishes.</summary>
    internal static void RunGates(IReadOnlyList<GateConfig> gates, ExternalCommandRunner runner, WorkTreeReader reader, TextWriter progress)
    {
        foreach (var gate in gates)
        {
            progress.WriteLine($"gate '{gate.Name}': {string.Join(' ', gate.Command)}");
            var log = reader.GitPath($"steward/logs/gate-{ReleaseExecutor.Sanitize(gate.Name)}.log");
            var outcome = runner.Run(gate, "gate", log);
            if (!outcome.Succeeded)
            {
                var why = outcome.TimedOut ? $"timed out after {gate.Timeout}" : $"exit code {outcome.ExitCode}";
                throw new StewardException(FailureKind.OperationFailed, $"gate '{gate.Name}' failed ({why}); nothing was changed; its output is in {log}");
            }

            progress.WriteLine($"gate '{gate.Name}': passed in {outcome.Elapsed.TotalSeconds:0.0}s");
        }
    }

    private void WriteActionsOutputs(ReleaseResult result, WorkTreeReader reader)
    {
        if (context.GetEnvironment("GITHUB_OUTPUT") is not { Length: > 0 } outputFile)
        {
            return;
        }

        var notesFile = reader.GitPath($"steward/notes-{result.Tag.Replace('/', '-')}.md");
        File.WriteAllText(notesFile, result.Notes);
        GitHubActionsOutput.Write(outputFile, new Dictionary<string, string>
        {
            ["version"] = result.Version.ToString(),
            ["tag"] = result.Tag,
            ["released"] = "true",
            ["notes-file"] = notesFile,
        });
    }
}
