using System.CommandLine;
using Steward.Cli;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward announce</c>: tells the configured announcers (webhook, Slack, Discord, Teams, Mastodon) about a release,
/// at most once each; exit 0 even when one fails (reported with its HTTP status), 1 with --strict.
/// </summary>
internal static class AnnounceCommand
{
    public static Command Create(CommandContext context)
    {
        var tag = new Option<string?>("--tag") { Description = "The release tag to announce (default: the newest release reachable from HEAD)", HelpName = "TAG" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each announcer's message and send nothing" };
        var json = new Option<bool>("--json") { Description = "Print each announcer's result as JSON (progress goes to standard error)" };
        var force = new Option<bool>("--force") { Description = "Send again to announcers that already delivered this release" };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when an announcer fails (default: a warning with its HTTP status, exit 0)" };
        var command = new Command("announce", "Announce a release to the announcers in steward.yml (announce): webhook with an HMAC-SHA256 signature, Slack, Discord, Teams, Mastodon; "
            + "each at most once (delivery records in refs/notes/steward-announce), secrets from the environment only")
        {
            tag,
            dryRun,
            json,
            force,
            strict,
        };
        command.SetAction(parse =>
        {
            var options = new AnnounceOptions(parse.GetValue(tag), parse.GetValue(dryRun), parse.GetValue(json), parse.GetValue(force), parse.GetValue(strict));
            var report = new AnnounceRun(context, options, options.Json ? context.Error : context.Out).Execute(GlobalOptions.DirectoryOf(parse));
            if (options.Json)
            {
                OutputJson.Write(context.Out, report, OutputJson.Default.AnnounceReport);
            }

            AnnounceRun.RequireDelivered(report, options.Strict);
            return ExitCodes.Success;
        });
        return command;
    }
}
