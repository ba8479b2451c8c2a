using System.CommandLine;
using Steward.Cli;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow release finish [NAME]</c>: the release branch onto main with a tag, and back into develop.</summary>
internal static class FlowReleaseFinishCommand
{
    private const string Verb = "release finish";

    public static Command Create(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "Release to finish: its version or branch (default: the release branch HEAD is on)", Arity = ArgumentArity.ZeroOrOne };
        var options = new FlowFinishOptions();
        var command = new Command("finish", "Run the release gates (release.gates), merge the release branch into main (--no-ff), tag main with the notes, merge main back into develop, "
            + "delete the branch, and with --push push main, develop and the tag atomically; then sync downstream branches") { name };
        options.AddTo(command, withDryRun: true);
        command.SetAction(parse => options.RunBranchFinish(parse, context, Verb, parse.GetValue(name), n => n.Release, "release", s => s.Flow.Branches.Develop, requireDevelop: true));
        return command;
    }
}
