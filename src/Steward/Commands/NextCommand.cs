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
            var policy = new BumpPolicy(scope.Config.Commits);
            var range = scope.Range;
            var decision = BumpDecider.Decide(range.Commits, policy);
            var channel = parse.GetValue(pre);
            var forcedVersion = parse.GetValue(asVersion) is { } text ? HistoryOptions.ParseVersion(text, "--as") : null;
            var forcedLevel = parse.GetValue(bump) is { } level ? BumpPolicy.ParseLevel(level) : null;
            var request = new NextVersionRequest(
                range.BaseVersion,
                range.BaseVersion is null ? InitialVersion(scope) : new SemanticVersion(0, 1, 0),
                decision,
                range.ReachableTags,
                // With --to, tags on REV and after it do not exist for the question "what should REV have been?".
                parse.GetValue(history.To) is null ? range.AllTags : range.ReachableTags,
                channel,
                forcedLevel,
                forcedVersion,
                channel is null ? null : ShasSinceLatestPrerelease(scope),
                CheckExistingTags: parse.GetValue(history.From) is null && parse.GetValue(history.To) is null);
            var next = NextVersionCalculator.Calculate(request, policy, scope.TagPrefix);
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

    /// <summary>The first release when there is no tag: VERSION as written (from the work tree, or the commit in a bare repository), or 0.1.0.</summary>
    private static SemanticVersion InitialVersion(HistoryScope scope)
    {
        if (!scope.Repository.IsBare)
        {
            return scope.Project.TryReadVersionFile()?.Version.ToSemVer() ?? new SemanticVersion(0, 1, 0);
        }

        var text = scope.Reader.ReadCommittedFile(scope.Range.To, VersionFile.FileName);
        return text is null ? new SemanticVersion(0, 1, 0) : VersionFile.Parse($"{VersionFile.FileName} (at {scope.Range.To[..7]})", text).Version.ToSemVer();
    }

    private static IReadOnlySet<string>? ShasSinceLatestPrerelease(HistoryScope scope)
    {
        var range = scope.Range;
        var latest = range.ReachableTags
            .Where(t => t.IsPrerelease && (range.BaseVersion is null || SemanticVersion.ComparePrecedence(t.Version, range.BaseVersion) > 0))
            .MaxBy(t => t.Version);
        return latest is null ? null : scope.Reader.ShasSince(latest.Sha, range.To);
    }
}
