using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward report</c>: writes the release report, one self-contained HTML page, through the engine.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string>("--out")
        {
            Description = "Directory to write index.html to (created if missing; the page is replaced); relative to where Steward runs",
            DefaultValueFactory = _ => "release-report",
            HelpName = "DIR",
        };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's section (repeatable); by default every component",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the report's data (lines, releases, support, cadence, notes) and the file written as one JSON document" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the file it would write (path, size, SHA-256; with --json as 'steps') and write nothing" };
        var recovery = new PlanRecoveryOptions(ReportRun.Verb);
        var command = new Command("report",
            "Write a release report: one self-contained HTML page (no scripts, no requests) with the release history as a timeline per release line, "
            + "the support windows against today, the releases per month and every release's notes")
        {
            output,
            components,
            json,
            dryRun,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Core.Errors.Messages.NotInRepository(project.Root);
            var config = ConfigLoader.Load(project.Root);
            var selected = ComponentResolver.Select(config, parse.GetValue(components) ?? []);
            var today = DateOnly.FromDateTime(context.Now().UtcDateTime);

            // Relative to where the command runs, which -C moves ("run as if started in DIR").
            var directoryOption = GlobalOptions.DirectoryOf(parse);
            var startDirectory = directoryOption is null ? context.WorkingDirectory : context.ResolvePath(directoryOption);

            // --continue makes the page again, into the interrupted run's directory, and writes it only if it is the same page.
            ExecutionPlan Replan(EngineJournal journal) => ReportRun.Plan(
                ReportRun.Read(project, repository, config, selected, today),
                Path.GetDirectoryName(journal.Steps.First(s => s.Kind == "artifact").Path!)!,
                context.WorkingDirectory);
            if (recovery.Handle(parse, context, () => (repository.Root, repository.Git), Replan) is { } recovered)
            {
                return recovered;
            }

            PlanRun.RefuseIfInterrupted(repository.Git);
            var report = ReportRun.Read(project, repository, config, selected, today);
            var plan = ReportRun.Plan(report, ReportRun.ResolveOut(project.Root, parse.GetValue(output)!, startDirectory), context.WorkingDirectory);
            if (parse.GetValue(dryRun))
            {
                PlanRun.PrintDryRun(context, plan, parse.GetValue(json));
                return ExitCodes.Success;
            }

            PlanRun.Apply(context, repository.Root, repository.Git, plan, "release report");
            var page = plan.Steps.OfType<ArtifactStep>().Single();
            if (parse.GetValue(json))
            {
                OutputJson.Write(context.Out, new ReportOutput(page.ShownPath, report), OutputJson.Default.ReportOutput);
                return ExitCodes.Success;
            }

            var releases = report.Components.Sum(c => c.Lines.Sum(l => l.Releases.Count));
            context.Out.WriteLine($"{page.ShownPath}: release report of {releases} releases in {report.Components.Count} component{(report.Components.Count == 1 ? string.Empty : "s")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
