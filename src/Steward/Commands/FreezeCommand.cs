using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Freeze;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward freeze status</c>: whether releases are frozen on a branch now (exit 0 no, 4 yes), from
/// <c>STEWARD_FREEZE</c>, <c>.steward/freeze.yml</c> and <c>release.freeze</c>; a required check in CI.
/// </summary>
internal static class FreezeCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("freeze", "Release freezes: windows in .steward/freeze.yml or release.freeze, or STEWARD_FREEZE, during which release and flow finishes refuse (exit 4)")
        {
            Status(context),
        };
        return command;
    }

    private static Command Status(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the status as JSON: frozen, the time, the branch, the open and the upcoming windows" };
        var branchOption = new Option<string?>("--branch") { Description = "The branch to ask about (default: the checked-out branch; on a detached HEAD every branch-scoped window counts)", HelpName = "BRANCH" };
        var componentOption = new Option<string?>("--component") { Description = "The component to ask about (default: the repository's)", HelpName = "NAME" };
        var atOption = new Option<string?>("--at") { Description = "Ask about another time instead of now: a date (2026-12-24) or a time with its offset (2026-12-24T18:00:00Z)", HelpName = "TIME" };
        var command = new Command("status", "Say whether releases are frozen (exit 0 not frozen, 4 frozen), with the windows open now and the next ones; usable as a required check")
        {
            json,
            branchOption,
            componentOption,
            atOption,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var at = parse.GetValue(atOption) is { } text
                ? FreezeTime.Parse(text, end: false) ?? throw Messages.FreezeAtInvalid(text)
                : context.Now();
            var branch = parse.GetValue(branchOption)
                ?? (project.Repository is { } repository ? new WorkTreeReader(repository.Git).CurrentBranch() : null);
            var component = parse.GetValue(componentOption) ?? ComponentResolver.SingleLeniently(project.Root).Name;
            var status = FreezeGate.Status(context, project.Root, branch, component, at);
            if (parse.GetValue(json))
            {
                OutputJson.Write(context.Out, Output(status, component), OutputJson.Default.FreezeStatusOutput);
            }
            else
            {
                Print(context.Out, status);
            }

            if (context.GetEnvironment("GITHUB_OUTPUT") is { Length: > 0 } outputFile)
            {
                GitHubActionsOutput.Write(outputFile, new Dictionary<string, string> { ["frozen"] = status.Frozen ? "true" : "false" });
            }

            return status.Frozen ? ExitCodes.Frozen : ExitCodes.Success;
        });
        return command;
    }

    private static FreezeStatusOutput Output(FreezeStatus status, string component) => new(
        status.Frozen,
        FreezeTime.Format(status.At),
        status.Branch,
        component,
        status.Active.Select(FreezeWindowOutput.From).ToList(),
        status.Upcoming.Select(FreezeWindowOutput.From).ToList());

    private static void Print(TextWriter output, FreezeStatus status)
    {
        var where = status.Branch is null ? "every branch (HEAD is detached)" : $"'{status.Branch}'";
        output.WriteLine($"{(status.Frozen ? "frozen" : "not frozen")} on {where} at {FreezeTime.Format(status.At)}");
        foreach (var window in status.Active)
        {
            output.WriteLine($"  frozen by {Describe(window)}");
        }

        if (status.Upcoming.Count > 0)
        {
            output.WriteLine($"  next: {Describe(status.Upcoming[0])}");
        }
    }

    private static string Describe(FreezeWindow window)
    {
        var from = window.Start is { } start ? FreezeTime.Format(start) : "now";
        var until = window.End is { } end ? FreezeTime.Format(end) : "removed";
        return Core.Text.UntrustedText.Terminal($"{window.Location}: {from} until {until}: {window.Reason}");
    }
}
