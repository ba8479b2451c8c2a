using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward backport</c>: fixes cherry-picked onto every release line named, each line's branch moved (and with
/// --release a patch release tagged on each), in one plan with one atomic push. Exit codes: 0 done (or planned),
/// 1 a line failed (a conflict, a refused release; the other lines are done) or a step failed, 2 bad input, 4 frozen.
/// </summary>
internal static class BackportCommand
{
    public static Command Create(CommandContext context)
    {
        var commits = new Argument<string[]>("COMMIT") { Description = "The fixes to backport (shas, branches or tags), applied in this order", Arity = ArgumentArity.ZeroOrMore };
        var lines = new Option<string?>("--lines")
        {
            Description = "The release lines: supported (the lines 'steward support' calls full or security), all (every line with a release), or a list such as 1.x,2.x",
            HelpName = "supported|all|X.x,...",
        };
        var advisory = new Option<string?>("--advisory") { Description = "The advisory the fixes close (GHSA-xxxx-xxxx-xxxx or CVE-YYYY-NNNN), named in every line's changelog entry and tag", HelpName = "ID" };
        var release = new Option<bool>("--release") { Description = "Release each line as its next patch (VERSION, targets, changelog, tag) and push every branch and tag in one atomic push" };
        var push = new Option<bool>("--push") { Description = "Push the line branches in one atomic push (without --release: no tags)" };
        var component = new Option<string?>("--component") { Description = "In a monorepo, the component whose lines and tags to work on", HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print every line's plan (the git commands exactly) and change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the lines and the steps as one JSON document" };
        var recovery = new PlanRecoveryOptions("backport");
        var command = new Command("backport", "Cherry-pick fixes (cherry-pick -x) onto each release line's branch (release/X.x, created from the line's last tag when missing), "
            + "skipping lines that have them; with --release, a patch release per line naming the advisory, all pushed at once")
        {
            commits,
            lines,
            advisory,
            release,
            push,
            component,
            dryRun,
            json,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var directory = GlobalOptions.DirectoryOf(parse);
            if (recovery.Handle(parse, context, () => Open(context, directory)) is { } recovered)
            {
                return recovered;
            }

            var options = new BackportOptions(
                parse.GetValue(commits) ?? [],
                parse.GetValue(lines),
                parse.GetValue(advisory),
                parse.GetValue(release),
                parse.GetValue(push),
                parse.GetValue(dryRun),
                parse.GetValue(json),
                parse.GetValue(component));
            var result = new BackportRun(context, options).Execute(directory);
            BackportOutput.Write(context, result, options.Json);
            var failed = result.Lines.Count(l => l.Failed);
            return failed > 0 ? throw Messages.BackportLinesFailed(failed, result.Lines.Count) : ExitCodes.Success;
        });
        return command;
    }

    private static (string Root, GitRunner Git) Open(CommandContext context, string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        return (project.Root, repository.Git);
    }
}
