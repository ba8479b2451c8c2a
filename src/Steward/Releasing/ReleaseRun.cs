using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Releasing;

/// <summary>One `steward release`: plan, print, gates, apply, report (as text, JSON and GitHub Actions outputs).</summary>
internal sealed class ReleaseRun(CommandContext context, ReleaseOptions options)
{
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
            }

            return ExitCodes.Success;
        }

        var git = planner.Repository.Git;
        var runner = new ExternalCommandRunner(planner.Root, context.Environment, Progress);
        RunGates(plan, runner, new WorkTreeReader(git));

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
        }

        WriteActionsOutputs(result, new WorkTreeReader(git));
        return ExitCodes.Success;
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

    /// <summary>Under GitHub Actions, a failure is also an error annotation and `released=false`.</summary>
    public void ReportFailure(StewardException e)
    {
        if (context.GetEnvironment("GITHUB_ACTIONS") == "true" && e.Kind != FailureKind.NothingToRelease)
        {
            context.Out.WriteLine(GitHubActionsOutput.ErrorAnnotation(e.Message));
        }

        if (context.GetEnvironment("GITHUB_OUTPUT") is { Length: > 0 } outputFile)
        {
            GitHubActionsOutput.Write(outputFile, new Dictionary<string, string> { ["released"] = "false" });
        }
    }

    private void RunGates(ReleasePlan plan, ExternalCommandRunner runner, WorkTreeReader reader)
    {
        foreach (var gate in plan.Gates)
        {
            Progress.WriteLine($"gate '{gate.Name}': {string.Join(' ', gate.Command)}");
            var log = reader.GitPath($"steward/logs/gate-{ReleaseExecutor.Sanitize(gate.Name)}.log");
            var outcome = runner.Run(gate, "gate", log);
            if (!outcome.Succeeded)
            {
                var why = outcome.TimedOut ? $"timed out after {gate.Timeout}" : $"exit code {outcome.ExitCode}";
                throw new StewardException(FailureKind.OperationFailed, $"gate '{gate.Name}' failed ({why}); nothing was changed; its output is in {log}");
            }

            Progress.WriteLine($"gate '{gate.Name}': passed in {outcome.Elapsed.TotalSeconds:0.0}s");
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
