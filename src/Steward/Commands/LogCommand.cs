using System.CommandLine;
using Steward.Cli;
using Steward.Core.Commits;

namespace Steward.Commands;

/// <summary>
/// <c>steward log</c>: the commits since the last release as Steward reads them (type, scope, breaking, bump,
/// subject, sha), so a person can see why <c>steward next</c> answers what it does.
/// </summary>
internal static class LogCommand
{
    public static Command Create(CommandContext context)
    {
        var history = new HistoryOptions();
        var json = new Option<bool>("--json") { Description = "Print every commit with its parsed message (type, scope, breaking, footers, bump) as JSON" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component (repeatable); by default every component, then the commits that touch none",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("log", "List the commits since the last release tag as Conventional Commits; messages that are not conventional are marked (other)")
        {
            json,
            components,
        };
        foreach (var option in history.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(history.EndingReadsAhead(parse =>
        {
            var only = parse.GetValue(components) ?? [];
            if (history.ReadMonorepo(parse, context, only) is { } monorepo)
            {
                MonorepoLog.Write(context.Out, monorepo, only, parse.GetValue(json));
                return ExitCodes.Success;
            }

            var scope = history.Read(parse, context);
            var decision = BumpDecider.Decide(scope.Range.Commits, new BumpPolicy(scope.Config.Commits));
            if (parse.GetValue(json))
            {
                LogJson.Write(context.Out, scope, decision);
                return ExitCodes.Success;
            }

            var since = scope.Range.BaseVersion is null ? "the first commit" : scope.Range.LastRelease?.Name ?? scope.Range.BaseSha![..7];
            if (decision.Commits.Count == 0)
            {
                context.Out.WriteLine($"No commits since {since}.");
                return ExitCodes.Success;
            }

            Table(decision).Write(context.Out);
            var other = decision.Commits.Count(c => c.Role == CommitRole.Other);
            context.Out.WriteLine();
            context.Out.WriteLine($"{decision.Commits.Count} commit{(decision.Commits.Count == 1 ? string.Empty : "s")} since {since}; {other} not conventional; bump: {CommitJson.Level(decision.Level)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The commits as Steward reads them, one row each.</summary>
    public static TextTable Table(BumpDecision decision)
    {
        var table = new TextTable("SHA", "TYPE", "SCOPE", "!", "BUMP", "SUBJECT");
        foreach (var entry in decision.Commits)
        {
            var message = entry.Commit.Message;
            table.Add(
                entry.Commit.Commit.ShortSha,
                TypeCell(entry),
                message.Scope ?? string.Empty,
                message.IsBreaking ? "!" : string.Empty,
                BumpCell(entry),
                message.IsConventional ? message.Description : message.Subject);
        }

        return table;
    }

    private static string TypeCell(DecidedCommit entry) => entry.Role switch
    {
        CommitRole.Merge => "(merge)",
        CommitRole.Autosquash => "(fixup)",
        CommitRole.ListedByPullRequest => "(in PR)",
        CommitRole.Other => "(other)",
        // Counted without a type: a BREAKING CHANGE footer under a header that is not conventional.
        _ => entry.Commit.Message.Type ?? (entry.Role == CommitRole.Counted ? "(other)" : "revert"),
    };

    private static string BumpCell(DecidedCommit entry) => entry.Role switch
    {
        CommitRole.Cancelled => "reverted",
        _ => entry.Level == Core.Versioning.BumpLevel.None ? "-" : CommitJson.Level(entry.Level),
    };
}
