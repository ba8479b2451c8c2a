using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Releasing;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward release</c>: preflight, gates, version, files, changelog, one commit, one annotated tag, and the atomic
/// push; nothing half-done on failure. Exit codes: 0 released, 3 nothing to release, 1 a gate or step failed, 2 bad
/// usage or configuration.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the whole plan (version and why, gates, file diffs, notes, git commands) and change nothing" };
        var push = new Option<bool>("--push") { Description = "Push the branch and the tag in one atomic push (also: release.push in steward.yml)" };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Release even with uncommitted changes (they stay out of the release commit)" };
        var noFetch = new Option<bool>("--no-fetch") { Description = "Do not fetch the remote before checking that the branch is up to date" };
        var bump = new Option<string?>("--bump") { Description = "Force the level instead of the commits'", HelpName = "major|minor|patch" }
            .AcceptOnlyFromAmong("major", "minor", "patch");
        var asVersion = new Option<string?>("--as") { Description = "Force the version (must be greater than the last release)", HelpName = "V" };
        var pre = new Option<string?>("--pre") { Description = "Release a prerelease on this channel: X.Y.Z-LABEL.N (alpha, beta, rc; forward only)", HelpName = "LABEL" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON: version, tag, commit, notes, files, pushed" };
        var abort = new Option<bool>("--abort") { Description = "Undo an interrupted release: put the files, index, HEAD and tags back as they were before it (never once the remote has its tag)" };
        var resume = new Option<bool>("--continue") { Description = "Finish an interrupted release from the step it had reached" };
        var freeze = new FreezeOverrideOptions();
        var blockers = new BlockerOverrideOptions();
        var announce = new Option<bool>("--announce") { Description = "Once released, announce it to the announcers in steward.yml (as 'steward announce'; a failed announcer is a warning)" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: release only this component (repeatable); by default every component with something to release",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var publish = new Option<bool>("--publish") { Description = "After the push (implied), publish the release on the forge with its notes and assets, as steward publish does (in a monorepo, each component's tag); a publish that fails is finished by --continue" };
        var prNotes = PrNotesOption.Create();
        var allowUnlisted = new Option<bool>("--allow-unlisted") { Description = "Release a merged release pull request even when commits landed on the branch after it was last built (the notes do not list them)" };
        var command = new Command("release", "Release: preflight checks, gates, next version, VERSION and targets, CHANGELOG.md, a commit and an annotated tag, and with --push an atomic push")
        {
            dryRun,
            push,
            allowDirty,
            noFetch,
            bump,
            asVersion,
            pre,
            json,
            abort,
            resume,
            announce,
            components,
            publish,
            allowUnlisted,
            prNotes,
        };
        freeze.AddTo(command);
        blockers.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ReleaseOptions(
                parse.GetValue(dryRun),
                parse.GetValue(allowDirty),
                parse.GetValue(noFetch),
                parse.GetValue(push) || parse.GetValue(publish),
                parse.GetValue(bump),
                parse.GetValue(asVersion),
                parse.GetValue(pre),
                parse.GetValue(json))
            {
                FreezeOverrideReason = freeze.ReasonOf(parse, reasonUsedElsewhere: blockers.Given(parse)),
                IgnoreBlockersReason = blockers.ReasonOf(parse, freeze),
                Announce = parse.GetValue(announce),
                Publish = parse.GetValue(publish),
                Verbose = GlobalOptions.VerboseOf(parse),
                Components = parse.GetValue(components) ?? [],
                AllowUnlisted = parse.GetValue(allowUnlisted),
                PrNotes = parse.GetValue(prNotes),
            };
            var run = new ReleaseRun(context, options);
            try
            {
                if (parse.GetValue(abort) && parse.GetValue(resume))
                {
                    throw Messages.AbortAndContinueTogether();
                }

                var directory = GlobalOptions.DirectoryOf(parse);
                return ExitCodes.Of(parse.GetValue(abort) ? run.Abort(directory) : parse.GetValue(resume) ? run.Continue(directory) : run.Execute(directory));
            }
            catch (StewardException e)
            {
                run.ReportFailure(e.Kind, e.Message, ExitCodes.For(e.Kind));
                throw;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported like any failure (exit 1, as StewardCli maps it), so --json still prints its one document.
                run.ReportFailure(FailureKind.OperationFailed, e.Message, ExitCodes.Failed);
                throw;
            }
        });
        return command;
    }
}
