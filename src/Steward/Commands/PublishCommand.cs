using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward publish</c>: the release of a tag on the forge (GitHub, GitLab, Gitea), with its notes and assets, reconciled: what is
/// there already is left, what is missing is done, so a rerun finishes a half-done publish and changes nothing after
/// a finished one. Exit codes: 0 published (or already), 1 the forge failed, 2 bad input, configuration or token.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(CommandContext context)
    {
        var tag = new Option<string?>("--tag") { Description = "The release tag to publish (or its version); default: the release tag at HEAD", HelpName = "TAG" };
        var draft = new Option<bool>("--draft") { Description = "Leave the release as a draft for a maintainer to publish (also: publish.draft in steward.yml); GitLab keeps no drafts, so it is refused there" };
        var assets = new Option<string[]>("--assets")
        {
            Description = "Files to attach, as globs relative to the repository root (default: publish.assets in steward.yml, or dist/*)",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the forge (read-only calls) and print what would be done; change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the steps, the assets left as they are, every forge call (with --dry-run: the calls that would be made) and the plan's forge step as JSON" };
        var command = new Command("publish", "Publish a release on the forge (GitHub, GitLab, Gitea/Forgejo): create it as a draft, upload missing or changed assets, then publish; reruns finish what is missing")
        {
            tag,
            draft,
            assets,
            dryRun,
            json,
        };
        var freeze = new FreezeOverrideOptions();
        freeze.AddTo(command);
        var recovery = new PlanRecoveryOptions("publish", "Clear an interrupted 'publish' and undo nothing: a forge release is reconciled, never deleted (rerun publish to finish it)");
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
            var asJson = parse.GetValue(json);
            if (Recover(context, repository, parse, recovery, asJson) is { } recovered)
            {
                return recovered;
            }

            var config = ConfigLoader.Load(project.Root);

            // A freeze stops publishing as it stops releasing (exit 4, nothing called on the forge); release --publish
            // asked before its push, so only this verb asks here.
            var branch = new Git.WorkTreeReader(repository.Git).CurrentBranch();
            var request = new Releasing.FreezeRequest(branch is null ? "publish" : $"publish on '{branch}'", [branch], UseCases.PublishRun.ComponentOf(config, parse.GetValue(tag)).Name, freeze.ReasonOf(parse));
            Releasing.FreezeGate.Enforce(context, project.Root, repository.Git, request, context.Error);
            var options = new PublishOptions(parse.GetValue(tag), parse.GetValue(draft), parse.GetValue(assets), parse.GetValue(dryRun), GlobalOptions.VerboseOf(parse));
            var result = PublishRun.Execute(context, repository, config, options, Progress(context, asJson));
            Report(context, result, asJson);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// --continue runs the interrupted publish's forge step again (it does only what the forge still misses) and reports
    /// it as a publish; --abort clears the journal and undoes nothing, since a forge release is reconciled, never deleted.
    /// </summary>
    private static int? Recover(CommandContext context, Git.Repository repository, ParseResult parse, PlanRecoveryOptions recovery, bool json)
    {
        var abort = parse.GetValue(recovery.Abort);
        var resume = parse.GetValue(recovery.Continue);
        if (abort && resume)
        {
            throw Messages.AbortAndContinueTogether();
        }

        if (abort)
        {
            var tag = PublishRun.Abort(context, repository);
            context.Out.WriteLine($"aborted the interrupted publish of {tag}: nothing was undone on the forge (a forge release is reconciled, never deleted); run 'steward publish --tag {tag}' to finish it");
            return ExitCodes.Success;
        }

        if (!resume)
        {
            return null;
        }

        Report(context, PublishRun.Continue(context, repository, GlobalOptions.VerboseOf(parse), Progress(context, json)), json);
        return ExitCodes.Success;
    }

    /// <summary>Each forge action as it is done, indented under the plan; nothing with --json (stdout is one document).</summary>
    private static Action<string> Progress(CommandContext context, bool json) => line =>
    {
        if (!json)
        {
            context.Out.WriteLine($"  {line}");
        }
    };

    /// <summary>Prints a publish's outcome: the plan (dry run), or the closing line after the steps printed as they were done.</summary>
    public static void Report(CommandContext context, PublishResult result, bool json)
    {
        var plan = result.Plan;
        var wanted = plan.Wanted;
        var steps = result.DryRun ? plan.Steps : result.Done;
        if (json)
        {
            OutputJson.Write(
                context.Out,
                new PublishOutput(
                    wanted.Tag,
                    result.Forge,
                    result.Location.Repository,
                    result.Location.Api.AbsoluteUri.TrimEnd('/'),
                    result.DryRun,
                    wanted.Draft && (plan.Existing is null || plan.Existing.Draft),
                    !plan.IsComplete,
                    [.. steps.Select(s => new PublishStepOutput(ActionName(s.Kind), s.Asset?.Name ?? s.Existing?.Name, s.Describe(wanted)))],
                    plan.Unchanged,
                    plan.Unwanted,
                    [.. result.Calls.Select(c => new ForgeCallOutput(c.Method, c.Url, c.Status))])
                {
                    Plan = PlanOf(result),
                },
                OutputJson.Default.PublishOutput);
            return;
        }

        foreach (var line in PublishRun.Outcome(result))
        {
            context.Out.WriteLine(line);
        }
    }

    /// <summary>The publish's plan as every verb on the engine gives it (<c>verb</c>, <c>dryRun</c>, <c>steps</c>): its one forge step.</summary>
    private static System.Text.Json.JsonElement? PlanOf(PublishResult result)
    {
        if (result.Step is not { } step)
        {
            return null;
        }

        using var text = new StringWriter();
        Engine.PlanRun.WriteJson(text, new Core.Planning.ExecutionPlan("publish", [step]), result.DryRun);
        using var document = System.Text.Json.JsonDocument.Parse(text.ToString());
        return document.RootElement.Clone();
    }

    private static string ActionName(PublishStepKind kind) => kind switch
    {
        PublishStepKind.CreateDraft => "create-draft",
        PublishStepKind.CreateRelease => "create-release",
        PublishStepKind.UpdateRelease => "update-release",
        PublishStepKind.DeleteAsset => "delete-asset",
        PublishStepKind.UploadAsset => "upload-asset",
        _ => "publish",
    };
}
