using System.CommandLine;
using Steward.Cli;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward pr</c>: the release pull request. Builds the release commit as <c>steward release</c> would (no tag),
/// pushes it to the release branch with a lease, and opens or updates the pull request (forge steps after the push), found again by its
/// head branch and marker. Exit codes: 0 done (or nothing to change), 1 a step or the forge failed, 2 bad input,
/// configuration or token, 3 nothing to release, 4 frozen.
/// </summary>
internal static class PrCommand
{
    public static Command Create(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan (the commit, the branch push, then the forge steps: the pull request's create or update, label, dispatch) against the forge's state (read-only calls); change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the plan or the outcome as one JSON document: version, branches, commit, steps, pull request, forge calls" };
        var noFetch = new Option<bool>("--no-fetch") { Description = "Do not fetch the remote before checking that the base branch is up to date" };
        var bump = new Option<string?>("--bump") { Description = "Force the level instead of the commits'", HelpName = "major|minor|patch" }
            .AcceptOnlyFromAmong("major", "minor", "patch");
        var asVersion = new Option<string?>("--as") { Description = "Force the version (must be greater than the last release)", HelpName = "V" };
        var pre = new Option<string?>("--pre") { Description = "Release a prerelease on this channel: X.Y.Z-LABEL.N", HelpName = "LABEL" };
        var prNotes = PrNotesOption.Create();
        var recovery = new PlanRecoveryOptions("pr");
        var freeze = new FreezeOverrideOptions();
        var command = new Command("pr", "Open or update the release pull request: the release commit (VERSION, targets, CHANGELOG.md; no tag) on pr.branch, pushed with a lease, and its pull request (a merge request on GitLab), as forge steps after the push; after the merge, steward release tags it")
        {
            dryRun,
            json,
            noFetch,
            bump,
            asVersion,
            pre,
            prNotes,
        };
        recovery.AddTo(command);
        freeze.AddTo(command);
        command.SetAction(parse =>
        {
            var directory = GlobalOptions.DirectoryOf(parse);
            var options = new PullRequestOptions(parse.GetValue(dryRun), parse.GetValue(json), parse.GetValue(noFetch), parse.GetValue(bump), parse.GetValue(asVersion), parse.GetValue(pre), GlobalOptions.VerboseOf(parse))
            {
                FreezeOverrideReason = freeze.ReasonOf(parse),
                PrNotes = parse.GetValue(prNotes),
            };
            var run = new PullRequestRun(context, options);
            switch (recovery.Chosen(parse))
            {
                case "abort":
                    run.Abort(directory);
                    return ExitCodes.Success;
                case "continue":
                    run.Continue(directory);
                    return ExitCodes.Success;
            }

            var results = run.Execute(directory);
            PrOutput.WriteAll(context, results, options.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
