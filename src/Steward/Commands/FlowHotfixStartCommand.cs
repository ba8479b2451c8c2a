using System.CommandLine;
using Steward.Cli;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow hotfix start [NAME] [--from TAG]</c>: a hotfix branch from the latest release tag on main (or the given one), one patch up.</summary>
internal static class FlowHotfixStartCommand
{
    public static Command Create(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "Branch name after the hotfix prefix (default: the tag of the new version, e.g. v1.2.1)", Arity = ArgumentArity.ZeroOrOne };
        var json = FlowJson.Option();
        var dryRun = FlowJson.DryRunOption();
        var from = new Option<string?>("--from") { Description = "Start from this release tag (the impacted release) instead of the latest release on main", HelpName = "TAG" };
        var command = new Command("start", "Create a hotfix branch from the latest release tag on main (or --from TAG), for the next patch version, "
            + "and commit VERSION and every version target there") { name, from, json, dryRun };
        var recovery = new PlanRecoveryOptions("flow hotfix start");
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (recovery.Handle(parse, context, () => (session.Project.Root, session.Git)) is { } recovered)
            {
                return recovered;
            }

            var names = session.Flow.Branches;
            FinishEngine.RequireIdle(session);
            FlowBranchNames.RequireExists(session.Branches, names.Main);
            WorkTreeGuard.RequireClean(session.Branches, "starting a hotfix");
            var (last, version) = FlowVersioning.NextHotfix(session, names.Main, parse.GetValue(from));
            var branchName = parse.GetValue(name) ?? Steward.Core.Versioning.VersionConverter.ToGitTag(version, session.Config.TagPrefix);
            FlowStart.Run(context, session, last.Name, names.Hotfix, "hotfix",
                _ => (version, $"patch of {last.Name}"), branchName, json: parse.GetValue(json), dryRun: parse.GetValue(dryRun));
            return ExitCodes.Success;
        });
        return command;
    }
}
