using System.CommandLine;
using Steward.Cli;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Flow;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward flow release start</c>: computes the next version on develop, creates the release branch from it and
/// commits VERSION there.
/// </summary>
internal static class FlowReleaseStartCommand
{
    public static Command Create(CommandContext context)
    {
        var bump = new Option<string?>("--bump") { Description = "Force the bump level instead of the commits' one", HelpName = "major|minor|patch" };
        bump.AcceptOnlyFromAmong("major", "minor", "patch");
        var forced = new Option<string?>("--as") { Description = "Force the version, SemVer or PEP 440 (1.4.0, 1.4.0-rc.1, 1.4.0rc1; must be above the last release)", HelpName = "V" };
        var json = FlowJson.Option();
        var dryRun = FlowJson.DryRunOption();
        var pre = new Option<string?>("--pre") { Description = "Start with a prerelease on this channel (alpha, beta, rc, ...): VERSION X.Y.Z-LABEL.1 on release/vX.Y.Z", HelpName = "LABEL" };
        var command = new Command("start", "Compute the next version from the commits on develop, create release/vX.Y.Z from develop, "
            + "and commit VERSION and every version target (as steward propagate writes them) there; the branch is named after the release, "
            + "without a prerelease, and its prereleases are tagged on it") { bump, forced, pre, json, dryRun };
        var recovery = new PlanRecoveryOptions("flow release start");
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (recovery.Handle(parse, context, () => (session.Project.Root, session.Git)) is { } recovered)
            {
                return recovered;
            }

            var names = session.Flow.Branches;
            var branches = session.Branches;
            FinishEngine.RequireIdle(session);
            FlowBranchNames.RequireExists(branches, names.Develop);
            WorkTreeGuard.RequireClean(branches, "starting a release");
            var open = branches.LocalBranches().FirstOrDefault(b => b.StartsWith(names.Release, StringComparison.Ordinal) && SemanticVersion.TryParse(b[names.Release.Length..], out _));
            if (open is not null)
            {
                throw Messages.ReleaseBranchOpen(open);
            }

            var level = parse.GetValue(bump) is { } b ? BumpPolicy.ParseLevel(b) : null;
            var asVersion = parse.GetValue(forced) is { } text ? FlowVersioning.ParseGiven(text, "--as", session.Config.TagPrefix) : null;
            if (asVersion is not null && (level is not null || parse.GetValue(pre) is not null))
            {
                throw Messages.AsWithBumpOrPre();
            }

            FlowStart.Run(context, session, names.Develop, names.Release, "release",
                at => NextVersionDecider.ForReleaseStart(at, new VersionRequest(level, asVersion, parse.GetValue(pre))), branchOf: v => v.Core.ToString(),
                json: parse.GetValue(json), dryRun: parse.GetValue(dryRun));
            return ExitCodes.Success;
        });
        return command;
    }
}
