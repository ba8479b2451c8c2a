using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Versioning;
using Steward.Flow;
using Steward.Git;

namespace Steward.Commands;

/// <summary>
/// <c>steward rollback</c>: the git side of going back to the previous release. Prints the plan; <c>--apply</c> creates
/// the hotfix branch from the good release, <c>--retract-tag</c> deletes the bad tag (after a confirmation), and
/// <c>--push</c> does the same on the remote in one atomic push.
/// </summary>
internal static class RollbackCommand
{
    public static Command Create(CommandContext context)
    {
        var to = new Option<string?>("--to") { Description = "Roll back to this released version (default: the release before the latest)", HelpName = "V" };
        var apply = new Option<bool>("--apply") { Description = "Do the git steps (without it, only print the plan)" };
        var retract = new Option<bool>("--retract-tag") { Description = "Also retract the bad release: record it on main (changelog note, VERSION raised above it) and delete its tag (asks first, unless --yes)" };
        var push = new Option<bool>("--push") { Description = "Push the hotfix branch (and the tag deletion) to the remote in one atomic push" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask before deleting the tag" };
        var json = new Option<bool>("--json") { Description = "Print the plan (and with --apply what was done) as one JSON document" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the steps --apply would run (the branch, the VERSION diff, the git commands exactly; with --json as 'steps') and change nothing" };
        var recovery = new PlanRecoveryOptions("rollback");
        var command = new Command("rollback", "Plan or do the git side of a rollback: a hotfix branch from the previous good release with VERSION "
            + "raised to the hotfix version, optionally retracting the bad tag (recorded on main so the version is never released again); "
            + "prints the previous version in each artifact form for the deployment rollback")
        {
            to,
            apply,
            retract,
            push,
            yes,
            json,
            dryRun,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (recovery.Handle(parse, context, () => (session.Project.Root, session.Git)) is { } recovered)
            {
                return recovered;
            }

            var prefix = session.Config.TagPrefix;
            var target = parse.GetValue(to) is { } text ? ParseVersion(text, prefix) : null;
            var tags = new TagReader(session.Git).ReadVersionTags(prefix);
            var plan = RollbackPlanner.Plan(tags, target, prefix, session.Flow.Branches.Hotfix);
            var options = new RollbackOptions(parse.GetValue(apply), parse.GetValue(retract), parse.GetValue(push), parse.GetValue(yes), parse.GetValue(json), parse.GetValue(dryRun));
            new RollbackRunner(context, session, plan, options).Run();
            return ExitCodes.Success;
        });
        return command;
    }

    private static SemanticVersion ParseVersion(string text, string prefix)
    {
        var bare = prefix.Length > 0 && text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
        return SemanticVersion.TryParse(bare, out var version)
            ? version!
            : throw Messages.RollbackToNotAVersion(text, prefix);
    }
}
