using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Engine;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>One `steward release`: plan, print, gates, apply, report (as text, JSON and GitHub Actions outputs).</summary>
internal sealed class ReleaseRun(CommandContext context, ReleaseOptions options)
{
    // Set once the tag exists (and is pushed when asked): a later failure must not report "released=false".
    private bool released;

    // Set once stdout carries the --json document: a later failure must not print a second one.
    private bool jsonWritten;

    // With --json, progress goes to stderr so that stdout is one JSON document.
    private TextWriter Progress => options.Json ? context.Error : context.Out;

    /// <returns>Whether everything the run did succeeded (a failed downstream sync after a release makes it false; the release stands).</returns>
    public bool Execute(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        if (ComponentsOf(project) is { } config)
        {
            return ExecuteMonorepo(project, config);
        }

        if (options.Components.Count > 0)
        {
            throw Messages.ComponentOptionWithoutComponents(options.Components[0]);
        }

        var planner = new ReleasePlanner(context, options);
        var plan = planner.Build(directory, Progress);
        var steps = ReleaseServiceSteps.Append(context, ReleaseSteps.Build(plan), planner.Repository, planner.Config,
            [(ComponentResolver.Single(planner.Config), plan)], options, options.Announce);
        ReleasePlanPrinter.Print(Progress, plan, steps, options.DryRun);
        if (options.DryRun)
        {
            Progress.WriteLine("dry run: nothing was changed");
            if (options.Json)
            {
                ReleaseJson.WritePlan(context.Out, plan, steps);
                jsonWritten = true;
            }

            return true;
        }

        var environment = new Dictionary<string, string>
        {
            ["STEWARD_VERSION"] = plan.Version.ToString(),
            ["STEWARD_TAG"] = plan.Tag,
            ["STEWARD_PREVIOUS_VERSION"] = plan.PreviousVersion?.ToString() ?? string.Empty,
        };
        var executor = Executor(planner.Root, planner.Repository.Git);
        var result = executor.Apply(steps, plan.Version.ToString(), environment);
        var exit = Report(result, planner.Repository.Git, planner.Config.Flow);
        if (plan.MergedPullRequestBase is not null && result.Pushed)
        {
            PullRequestLabeller.MarkTagged(context, planner.Repository, planner.Config, plan.Version.ToString(), plan.Branch, Progress);
        }

        return exit;
    }

    /// <summary>
    /// The configuration when it has components; null otherwise, and when it cannot be read: the one-component planner
    /// reads it again and reports the mistake where it always has.
    /// </summary>
    private static StewardConfig? ComponentsOf(ProjectDirectory project)
    {
        try
        {
            var config = ConfigLoader.Load(project.Root);
            return ComponentResolver.HasComponents(config) ? config : null;
        }
        catch (StewardException)
        {
            return null;
        }
    }

    /// <summary>
    /// A monorepo's release: every component with something to release (or those of --component) in one commit, one
    /// annotated tag each and one atomic push, through the same engine, journal and recovery as any release.
    /// </summary>
    private bool ExecuteMonorepo(ProjectDirectory project, StewardConfig config)
    {
        var planner = new MonorepoReleasePlanner(context, options);
        var plan = planner.Build(project, config, Progress);

        // One forge step per component's tag, and one announce step per component's tag and announcer.
        plan = plan with
        {
            Steps = ReleaseServiceSteps.Append(context, plan.Steps, planner.Repository, config, [.. plan.Parts.Select(p => (p.Release.Component, p.Plan))], options, options.Announce),
        };
        MonorepoReleaseOutput.Print(Progress, plan, options.DryRun);
        if (options.DryRun)
        {
            Progress.WriteLine("dry run: nothing was changed");
            if (options.Json)
            {
                MonorepoReleaseOutput.WritePlan(context.Out, plan);
                jsonWritten = true;
            }

            return true;
        }

        var environment = new Dictionary<string, string>
        {
            ["STEWARD_RELEASES"] = string.Join(' ', plan.Parts.Select(p => $"{p.Release.Component.Name}@{p.Plan.Version}")),
            ["STEWARD_TAGS"] = string.Join(' ', plan.Parts.Select(p => p.Plan.Tag)),
        };
        var result = Executor(planner.Root, planner.Repository.Git).Apply(plan.Steps, plan.Versions, environment);
        var tags = string.Join(", ", plan.Parts.Select(p => p.Plan.Tag));
        var commit = result.Commit is { Length: >= 7 } sha ? sha[..7] : result.Commit;
        var what = result.Committed ? $"commit {commit}" : $"tags on {commit}, which already carries {plan.Versions}";
        Progress.WriteLine(result.Pushed
            ? $"released {tags}: {what}, pushed to '{result.Journal.Remote}'"
            : $"released {tags}: {what} (not pushed: run with --push)");
        if (plan.Carried && result.Pushed)
        {
            PullRequestLabeller.MarkTagged(context, planner.Repository, config, plan.Parts, plan.Parts[0].Plan.Branch, Progress);
        }

        if (options.Json)
        {
            MonorepoReleaseOutput.WriteResult(context.Out, plan, result);
            jsonWritten = true;
        }

        released = true;
        WriteMonorepoActionsOutputs(plan, result.Commit);
        return result.Warning is null ? true : throw Messages.ReleasedWithWarning(result.Warning);
    }

    /// <summary>Finishes an interrupted release from its journal, and reports it as a release.</summary>
    public bool Continue(string? directory)
    {
        var (root, git) = Open(directory);
        var result = Executor(root, git).Continue("release");
        return Report(result, git, ConfigLoader.Load(root).Flow);
    }

    /// <summary>
    /// Undoes an interrupted release; once the remote has its tag, the release exists and nothing is undone.
    /// </summary>
    public bool Abort(string? directory)
    {
        var (root, git) = Open(directory);
        var outcome = Executor(root, git).Abort("release");
        var tag = outcome.Journal.Tag;
        Progress.WriteLine(outcome.AlreadyReleased
            ? $"{tag} is already on '{outcome.Journal.Remote}', so it is released: nothing was undone (the release commit and tag stay); cleared the journal (run 'steward release --continue' instead to finish what was left)"
            : $"aborted the release of {tag}: files, index, HEAD and tags are as they were before it");
        return true;
    }

    private (string Root, GitRunner Git) Open(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        return (project.Root, repository.Git);
    }

    /// <summary>
    /// The engine for a release, with what runs its forge and announce steps (after the push): a failed publish is said
    /// as such, and finished by <c>steward release --continue</c>; a failed announcer is a warning (not --strict).
    /// </summary>
    private PlanExecutor Executor(string root, GitRunner git)
    {
        var runner = new ExternalCommandRunner(root, context.Environment, Progress) { ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null };
        var services = new ServiceSteps(context, root, options.Verbose, line => Progress.WriteLine($"  {line}")) { Rerun = "steward release --continue", Progress = Progress };
        return new PlanExecutor(root, git, runner, Progress) { Services = services };
    }

    private bool Report(ExecutionResult result, GitRunner git, FlowConfig flow)
    {
        var journal = result.Journal;

        // A monorepo release makes one tag per component; a one-component release, its one tag.
        var tag = string.Join(", ", journal.Steps.Where(s => s.Role == Core.Planning.GitStepRole.Tag && s.Argv is { Count: > 0 }).Select(s => s.Argv![^1]).DefaultIfEmpty(journal.Tag!));
        var commit = result.Commit is { Length: >= 7 } sha ? sha[..7] : result.Commit;
        var what = result.Committed ? $"commit {commit}, tag {tag}" : $"tag {tag} on {commit}, which already carries {journal.Version}";
        Progress.WriteLine(result.Pushed
            ? $"released {tag}: {what}, pushed to '{journal.Remote}'"
            : $"released {tag}: {what} (not pushed: run with --push, or git push --atomic {journal.Remote} {journal.Branch} {tag})");
        var made = new ReleaseResult(journal.Version, tag, result.Commit, result.TagMessage ?? string.Empty, result.CommittedFiles, result.Pushed, Released: true);
        if (options.Json)
        {
            ReleaseJson.Write(context.Out, made);
            jsonWritten = true;
        }

        WriteActionsOutputs(made, new WorkTreeReader(git));
        released = true;
        var synced = Flow.SyncReport.AfterRelease(context, Progress, git, flow, journal.Branch!, result.Pushed);

        // The release stands (released=true above); what failed after its push is still a failure of this run.
        return result.Warning is null ? synced : throw Messages.ReleasedWithWarning(result.Warning);
    }

    /// <summary>
    /// Under GitHub Actions, a failure (not nothing to release, not a freeze: those end neutral) is also an error annotation and `released=false`; with --json, stdout still gets
    /// its one document (the failure's, unless the release's own was already written).
    /// </summary>
    /// <param name="exitCode">The exit code the command line gives the failure, for the --json document.</param>
    public void ReportFailure(FailureKind kind, string message, int exitCode)
    {
        if (context.GetEnvironment("GITHUB_ACTIONS") == "true" && kind is not (FailureKind.NothingToRelease or FailureKind.Frozen))
        {
            // With --json, stdout is the document a workflow parses, so the annotation goes to stderr: the runner reads
            // workflow commands from both streams (GitHub documents stdout; its runner hands stderr to the same parser).
            (options.Json ? context.Error : context.Out).WriteLine(GitHubActionsOutput.ErrorAnnotation(message));
        }

        if (options.Json && !jsonWritten)
        {
            ReleaseJson.WriteFailure(context.Out, exitCode, message);
            jsonWritten = true;
        }

        if (!released && context.GetEnvironment("GITHUB_OUTPUT") is { Length: > 0 } outputFile)
        {
            GitHubActionsOutput.Write(outputFile, new Dictionary<string, string> { ["released"] = "false" });
        }
    }

    /// <summary>
    /// Under GitHub Actions, a monorepo release's step outputs: <c>released</c>, the released components' names and
    /// their tags (each space-separated, in release order), and the release commit that carries the tags; what the
    /// workflows of <c>steward init --ci</c> publish and build images from.
    /// </summary>
    private void WriteMonorepoActionsOutputs(MonorepoReleasePlan plan, string? commit)
    {
        if (context.GetEnvironment("GITHUB_OUTPUT") is not { Length: > 0 } outputFile)
        {
            return;
        }

        GitHubActionsOutput.Write(outputFile, new Dictionary<string, string>
        {
            ["released"] = "true",
            ["components"] = string.Join(' ', plan.Parts.Select(p => p.Release.Component.Name)),
            ["tags"] = string.Join(' ', plan.Parts.Select(p => p.Plan.Tag)),
            ["commit"] = commit ?? string.Empty,
        });
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
            ["version"] = result.Version,
            ["tag"] = result.Tag,
            ["released"] = "true",
            ["notes-file"] = notesFile,
        });
    }
}
