using System.CommandLine;
using Steward.Cli;
using Steward.Core.Versioning;
using Steward.Flow;

namespace Steward.Commands;

/// <summary>
/// <c>steward flow hotfix finish [NAME]</c>: the hotfix onto main with a tag, then main into the open release branch
/// when there is one (as Git Flow does), else into develop.
/// </summary>
internal static class FlowHotfixFinishCommand
{
    private const string Verb = "hotfix finish";

    public static Command Create(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "Hotfix to finish: its name or branch (default: the hotfix branch HEAD is on)", Arity = ArgumentArity.ZeroOrOne };
        var options = new FlowFinishOptions();
        var command = new Command("finish", "Run the release gates, merge the hotfix branch into main (--no-ff), tag main, merge main into the open release branch or else develop, "
            + "delete the branch, and with --push push everything atomically; then sync downstream branches") { name };
        options.AddTo(command, withDryRun: true);
        command.SetAction(parse => options.RunBranchFinish(parse, context, Verb, parse.GetValue(name), n => n.Hotfix, "hotfix", BackMergeTarget, requireDevelop: false));
        return command;
    }

    // The open release branch (the newest, if several) gets the fix so the coming release has it; else develop; a
    // repository without develop (trunk-based) needs no back-merge.
    private static string? BackMergeTarget(FlowSession session)
    {
        var names = session.Flow.Branches;
        var open = session.Branches.LocalBranches()
            .Where(b => b.StartsWith(names.Release, StringComparison.Ordinal))
            .Select(b => SemanticVersion.TryParse(b[names.Release.Length..], out var v) ? (Branch: b, Version: v!) : default)
            .Where(x => x.Branch is not null)
            .ToList();
        if (open.Count > 0)
        {
            return open.MaxBy(x => x.Version).Branch;
        }

        return session.Branches.BranchExists(names.Develop) ? names.Develop : null;
    }
}
