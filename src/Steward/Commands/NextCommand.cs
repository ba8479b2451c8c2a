using System.CommandLine;
using Steward.Cli;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary>
/// <c>steward next</c>: the next version from the Conventional Commits since the last release. Prints the version
/// alone (for scripts); exits 3 when nothing is releasable, so CI can skip.
/// </summary>
internal static class NextCommand
{
    public static Command Create(CommandContext context)
    {
        var history = new HistoryOptions();
        var pre = new Option<string?>("--pre")
        {
            Description = "A prerelease on this channel: X.Y.Z-LABEL.N, N continuing from existing tags (alpha, beta, rc; forward only)",
            HelpName = "LABEL",
        };
        var bump = new Option<string?>("--bump")
        {
            Description = "Force the level instead of the commits' (said on stderr and in --json)",
            HelpName = "major|minor|patch",
        }.AcceptOnlyFromAmong("major", "minor", "patch");
        var asVersion = new Option<string?>("--as")
        {
            Description = "Force the version; it must be greater than the last release (said on stderr and in --json)",
            HelpName = "V",
        };
        var json = new Option<bool>("--json") { Description = "Print the last release, the bump and the commits that decided it as JSON" };
        var command = new Command("next", "Print the next version, decided by the Conventional Commits since the last release tag (exit code 3: nothing to release)")
        {
            pre,
            bump,
            asVersion,
            json,
        };
        foreach (var option in history.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (parse.GetValue(bump) is not null && parse.GetValue(asVersion) is not null)
            {
                throw new StewardException(FailureKind.InvalidInput, "--bump and --as both force the result; give one of them");
            }

            if (parse.GetValue(pre) is not null && parse.GetValue(asVersion) is not null)
            {
                throw new StewardException(FailureKind.InvalidInput, "--as gives the whole version, prerelease included (e.g. --as 2.0.0-rc.1); drop --pre");
            }

            var scope = history.Read(parse, context);
            var channel = parse.GetValue(pre);
            var forcedVersion = parse.GetValue(asVersion) is { } text ? HistoryOptions.ParseVersion(text, "--as") : null;
            var forcedLevel = parse.GetValue(bump) is { } level ? BumpPolicy.ParseLevel(level) : null;
            var (decision, next) = NextVersionResolver.Resolve(scope, channel, forcedLevel, forcedVersion, parse.GetValue(history.To) is not null,
                checkExistingTags: parse.GetValue(history.From) is null && parse.GetValue(history.To) is null);
            if (parse.GetValue(json))
            {
                NextJson.Write(context.Out, scope, decision, next, channel);
            }
            else if (next.Version is not null)
            {
                context.Out.WriteLine(next.Version.ToString());
            }

            if (next.Version is null)
            {
                context.Error.WriteLine($"steward: nothing to release: {next.NothingReason}");
                return ExitCodes.NothingToRelease;
            }

            var note = Note(next, decision);
            if (note is not null)
            {
                context.Error.WriteLine(note);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Says when a person overrode the commits, so a forced version never passes unnoticed.</summary>
    private static string? Note(NextVersion next, BumpDecision decision)
    {
        var asked = decision.Level == BumpLevel.None ? "no release" : decision.Level.ToString().ToLowerInvariant();
        return next.Source switch
        {
            NextVersionSource.ForcedLevel => $"steward: --bump forces a {next.Level.ToString().ToLowerInvariant()} bump (the commits ask for {asked})",
            NextVersionSource.ForcedVersion => $"steward: --as forces {next.Version} (the commits ask for {asked})",
            _ => null,
        };
    }
}
