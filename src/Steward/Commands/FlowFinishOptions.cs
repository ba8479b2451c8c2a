using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Flow;

namespace Steward.Commands;

/// <summary>The options every finish shares, and the --continue/--abort dispatch.</summary>
internal sealed class FlowFinishOptions
{
    public Option<bool> Continue { get; } = new("--continue") { Description = "Conclude a finish stopped by a merge conflict (after resolving and 'git add') and run its remaining steps" };

    public Option<bool> Abort { get; } = new("--abort") { Description = "Undo a finish stopped by a merge conflict: every branch and tag back where it was" };

    public Option<bool> Push { get; } = new("--push") { Description = "Push every changed branch and tag (and the deletion of the finished branch) in one atomic push" };

    public Option<bool> Keep { get; } = new("--keep") { Description = "Keep the finished branch instead of deleting it" };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the plan (checks made, gates not run, the changelog diff, the notes, the steps) and change nothing" };

    public Option<string?> Bump { get; } = new Option<string?>("--bump")
    {
        Description = "Release the branch's version raised by this level (as 'steward version bump' does; release drops the prerelease); VERSION and its targets are committed on the branch first",
        HelpName = "major|minor|patch|release",
    }.AcceptOnlyFromAmong("major", "minor", "patch", "release");

    public Option<string?> As { get; } = new("--as")
    {
        Description = "Release this version (SemVer or PEP 440) instead of the branch's; VERSION and its targets are committed on the branch first",
        HelpName = "V",
    };

    public Option<bool> Json { get; } = FlowJson.Option();

    public FreezeOverrideOptions Freeze { get; } = new();

    /// <param name="withDryRun">Whether the finish has --dry-run, --bump and --as (release and hotfix finishes do).</param>
    public void AddTo(Command command, bool withDryRun = false)
    {
        command.Options.Add(Continue);
        command.Options.Add(Abort);
        command.Options.Add(Push);
        command.Options.Add(Keep);
        if (withDryRun)
        {
            command.Options.Add(DryRun);
            command.Options.Add(Bump);
            command.Options.Add(As);
            command.Options.Add(Json);
            Freeze.AddTo(command);
        }
    }

    /// <summary>
    /// A release or hotfix finish: --continue or --abort when given, else a new finish of the NAME given (null: the
    /// branch HEAD is on). See <see cref="BranchFinish.Run"/> for the rest.
    /// </summary>
    public int RunBranchFinish(ParseResult parse, CommandContext context, string verb, string? name, Func<Core.Configuration.FlowBranchesConfig, string> prefix,
        string kind, Func<FlowSession, string?> backMergeTarget, bool requireDevelop)
    {
        var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
        if (Resume(parse, context, session, verb, name is not null) is { } resumed)
        {
            return resumed;
        }

        var request = new FinishRequest(name, parse.GetValue(Bump), parse.GetValue(As), parse.GetValue(Push), parse.GetValue(DryRun), parse.GetValue(Json), parse.GetValue(Keep),
            Freeze.ReasonOf(parse));
        return ExitCodes.Of(BranchFinish.Run(context, session, request, verb, prefix, kind, backMergeTarget, requireDevelop));
    }

    /// <summary>Runs --continue or --abort when given; null when neither was (a new finish).</summary>
    public int? Resume(ParseResult parse, CommandContext context, FlowSession session, string command, bool otherArguments)
    {
        var resume = parse.GetValue(Continue);
        var abort = parse.GetValue(Abort);
        if (!resume && !abort)
        {
            return null;
        }

        if ((resume && abort) || otherArguments || parse.GetValue(Push) || parse.GetValue(Keep) || parse.GetValue(DryRun)
            || parse.GetValue(Bump) is not null || parse.GetValue(As) is not null || parse.GetValue(Json))
        {
            throw Messages.FinishRecoveryTakesNoOptions(command);
        }

        return ExitCodes.Of(FinishEngine.Resume(context, session, "flow " + command, resume));
    }
}
