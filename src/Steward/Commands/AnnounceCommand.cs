using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward announce</c>: tells the configured announcers (webhook, Slack, Discord, Teams, Mastodon) about a release,
/// at most once each, as a plan of announce steps on the engine; exit 0 even when one fails (reported with its HTTP
/// status, the journal kept for --continue), 1 with --strict.
/// </summary>
internal static class AnnounceCommand
{
    public static Command Create(CommandContext context)
    {
        var tag = new Option<string?>("--tag") { Description = "The release tag to announce (default: the newest release reachable from HEAD; in a monorepo, each component's newest release at HEAD)", HelpName = "TAG" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the steps (one per release and announcer) and each message; send nothing" };
        var json = new Option<bool>("--json") { Description = "Print each announcer's result as JSON (progress goes to standard error); with --dry-run, the plan's steps" };
        var force = new Option<bool>("--force") { Description = "Send again to announcers that already delivered this release" };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when an announcer fails (default: a warning with its HTTP status, exit 0)" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: announce this component's newest release (repeatable); by default every component whose newest release is at HEAD",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("announce", "Announce a release to the announcers in steward.yml (announce): webhook with an HMAC-SHA256 signature, Slack, Discord, Teams, Mastodon; "
            + "each at most once (delivery records in refs/notes/steward-announce), secrets from the environment only; one step per release and announcer, "
            + "and a failed delivery is kept for --continue")
        {
            tag,
            components,
            dryRun,
            json,
            force,
            strict,
        };
        var recovery = new PlanRecoveryOptions("announce", "Clear an interrupted or failed 'announce', saying what was sent and what not (a message sent cannot be taken back)");
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new AnnounceOptions(parse.GetValue(tag), parse.GetValue(dryRun), parse.GetValue(json), parse.GetValue(force), parse.GetValue(strict))
            {
                Components = parse.GetValue(components) ?? [],
            };
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
            var abort = parse.GetValue(recovery.Abort);
            var resume = parse.GetValue(recovery.Continue);
            if (abort && resume)
            {
                throw Messages.AbortAndContinueTogether();
            }

            if (abort)
            {
                foreach (var line in AnnouncePlanRun.Abort(context, repository))
                {
                    context.Out.WriteLine(line);
                }

                return ExitCodes.Success;
            }

            if (options.DryRun)
            {
                AnnouncePlanRun.DryRun(context, repository, options);
                return ExitCodes.Success;
            }

            var progress = options.Json ? context.Error : context.Out;
            var report = resume ? AnnouncePlanRun.Continue(context, repository, progress) : AnnouncePlanRun.Apply(context, repository, options, progress);
            if (options.Json)
            {
                OutputJson.Write(context.Out, report, OutputJson.Default.AnnounceReport);
            }

            AnnounceRun.RequireDelivered(report, options.Strict, "run 'steward announce --continue' to send only what was not sent");
            return ExitCodes.Success;
        });
        return command;
    }
}
