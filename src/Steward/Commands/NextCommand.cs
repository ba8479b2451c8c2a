using System.CommandLine;
using Steward.Cli;
using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Versioning;
using Steward.UseCases;

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
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component (repeatable); by default every component",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var explain = new Option<bool>("--explain") { Description = "Say under each version which commits, group or cascade decided it" };
        var command = new Command("next", "Print the next version, decided by the Conventional Commits since the last release tag (exit code 3: nothing to release)")
        {
            pre,
            bump,
            asVersion,
            json,
            components,
            explain,
        };
        foreach (var option in history.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(history.EndingReadsAhead(parse =>
        {
            var request = VersionRequest.Parse(parse.GetValue(bump), parse.GetValue(asVersion), parse.GetValue(pre));
            if (request.Pre is not null && request.As is not null)
            {
                throw Messages.AsWithPre();
            }

            var only = parse.GetValue(components) ?? [];
            if (history.ReadMonorepo(parse, context, only) is { } monorepo)
            {
                return Monorepo(context, monorepo, request, only, parse.GetValue(json), parse.GetValue(explain));
            }

            var scope = history.Read(parse, context, decidesVersion: true);
            var atHead = parse.GetValue(history.To) is null && parse.GetValue(history.From) is null;
            var decision = NextVersionDecider.Decide(scope, request with
            {
                // On a maintenance branch (release/1.x) the answer stays within the line, as `steward release` would make it.
                // Only a branch a maintenance pattern could match changes the answer: git is asked for it only then.
                Branch = atHead
                    ? new Git.WorkTreeReader(scope.Repository.Git).CurrentBranch(
                        scope.Repository.Head, b => scope.Config.Flow.Maintenance.Any(p => MaintenanceLine.CouldMatch(b, p)))
                    : null,
                ForOtherRevision = parse.GetValue(history.To) is not null,
                CheckExistingTags = atHead,
            });
            var next = decision.Next;
            if (parse.GetValue(json))
            {
                NextJson.Write(context.Out, scope, decision.Commits, next, request.Pre);
            }
            else if (next.Version is not null)
            {
                context.Out.WriteLine(next.Version.ToString());
            }

            if (decision.MaintenanceLine)
            {
                context.Error.WriteLine($"steward: {decision.Reason}");
                return ExitCodes.Success;
            }

            if (next.Version is null)
            {
                context.Error.WriteLine($"steward: nothing to release: {next.NothingReason}");
                return ExitCodes.NothingToRelease;
            }

            if (parse.GetValue(explain) && !parse.GetValue(json))
            {
                context.Out.WriteLine($"  {decision.Reason}");
            }

            var note = Note(next, decision.Commits);
            if (note is not null)
            {
                context.Error.WriteLine(note);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Every component that would release (or those of --component), from one history walk; exit 3 when none would.</summary>
    private static int Monorepo(CommandContext context, MonorepoHistory monorepo, VersionRequest request, string[] only, bool json, bool explain)
    {
        foreach (var (given, option) in new (object? Value, string Option)[] { (request.Bump, "--bump"), (request.As, "--as"), (request.Pre, "--pre") })
        {
            if (given is not null)
            {
                throw Messages.MonorepoOptionUnsupported(option);
            }
        }

        var releases = ComponentVersions.Decide(monorepo, monorepo.Scopes[0].Config)
            .Where(r => only.Length == 0 || only.Contains(r.Component.Name))
            .ToList();
        if (json)
        {
            MonorepoNextOutput.WriteJson(context.Out, releases);
        }
        else
        {
            MonorepoNextOutput.WriteText(context.Out, releases, explain);
        }

        return releases.Any(r => r.Releases) ? ExitCodes.Success : throw Messages.NothingToReleaseInComponents(releases.Count);
    }

    /// <summary>Says when a person overrode the commits, so a forced version never passes unnoticed.</summary>
    private static string? Note(NextVersion next, BumpDecision decision)
    {
        var asked = decision.Level == BumpLevel.None ? "no release" : BumpLevelWords.Of(decision.Level);
        return next.Source switch
        {
            NextVersionSource.ForcedLevel => $"steward: --bump forces a {BumpLevelWords.Of(next.Level)} bump (the commits ask for {asked})",
            NextVersionSource.ForcedVersion => $"steward: --as forces {next.Version} (the commits ask for {asked})",
            _ => null,
        };
    }
}
