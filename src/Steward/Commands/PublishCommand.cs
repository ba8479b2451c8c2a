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
        var json = new Option<bool>("--json") { Description = "Print the steps, the assets left as they are and every forge call (with --dry-run: the calls that would be made) as JSON" };
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
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
            var config = ConfigLoader.Load(project.Root);

            // A freeze stops publishing as it stops releasing (exit 4, nothing called on the forge); release --publish
            // asked before its push, so only this verb asks here.
            var branch = new Git.WorkTreeReader(repository.Git).CurrentBranch();
            var request = new Releasing.FreezeRequest(branch is null ? "publish" : $"publish on '{branch}'", [branch], UseCases.PublishRun.ComponentOf(config, parse.GetValue(tag)).Name, freeze.ReasonOf(parse));
            Releasing.FreezeGate.Enforce(context, project.Root, repository.Git, request, context.Error);
            var asJson = parse.GetValue(json);
            var options = new PublishOptions(parse.GetValue(tag), parse.GetValue(draft), parse.GetValue(assets), parse.GetValue(dryRun), GlobalOptions.VerboseOf(parse));
            var result = PublishRun.Execute(context, repository, config, options, line =>
            {
                if (!asJson)
                {
                    context.Out.WriteLine($"  {line}");
                }
            });
            Report(context, result, asJson);
            return ExitCodes.Success;
        });
        return command;
    }

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
                    [.. result.Calls.Select(c => new ForgeCallOutput(c.Method, c.Url, c.Status))]),
                OutputJson.Default.PublishOutput);
            return;
        }

        var where = $"{result.Forge} ({result.Location.Repository})";
        if (result.DryRun)
        {
            context.Out.WriteLine(plan.IsComplete
                ? $"{wanted.Tag} is on {where} as wanted; publishing would change nothing"
                : $"Publishing {wanted.Tag} on {where} would:");
            foreach (var step in plan.Steps)
            {
                context.Out.WriteLine($"  {step.Describe(wanted)}");
            }
        }
        else
        {
            var isDraft = wanted.Draft && (plan.Existing is null || plan.Existing.Draft);
            context.Out.WriteLine(plan.IsComplete
                ? $"{wanted.Tag} is on {where} as wanted; nothing changed"
                : isDraft ? $"{wanted.Tag} is a draft on {where}, for a maintainer to publish" : $"published {wanted.Tag} on {where}");
        }

        if (plan.Unchanged.Count > 0)
        {
            context.Out.WriteLine($"  unchanged: {string.Join(", ", plan.Unchanged)}");
        }

        if (plan.Unwanted.Count > 0)
        {
            context.Out.WriteLine($"  left alone (not among the assets): {string.Join(", ", plan.Unwanted)}");
        }
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
