using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward forge doctor</c>: checks the forge configuration, the token and its access, in one report (exit 1 if a
/// check fails); with <c>--fix</c>, the fixes it finds needed are a plan of forge steps on the engine (<c>--dry-run</c>,
/// <c>--json</c>, <c>--continue</c>, <c>--abort</c>).
/// </summary>
internal static class ForgeCommand
{
    public static Command Create(CommandContext context)
    {
        var fix = new Option<bool>("--fix") { Description = "Make the labels steward uses (pr.labels, release.blockers) where the repository lacks them, and set squash and merge commit messages to carry the pull request's description: one forge step each, only where needed" };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the report and the forge steps that would run, with their calls; change nothing" };
        var json = new Option<bool>("--json") { Description = "With --fix --dry-run: print the checks and the steps as one JSON document" };
        var recovery = new PlanRecoveryOptions(ForgeDoctor.FixVerb, "Clear an interrupted 'forge doctor --fix' and say which fixes it made and which not (nothing on the forge is undone)");
        var doctor = new Command("doctor", "Check where steward publish would publish: forge, API URL, repository, the token's variable and its access, in one report")
        {
            fix,
            dryRun,
            json,
        };
        recovery.AddTo(doctor);
        doctor.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
            var verbose = GlobalOptions.VerboseOf(parse);
            switch (recovery.Chosen(parse))
            {
                case "abort":
                    ForgeDoctorPlanRun.Abort(context, repository);
                    return ExitCodes.Success;
                case "continue":
                    ForgeDoctorPlanRun.Continue(context, repository, verbose);
                    return ExitCodes.Success;
            }

            var fixing = parse.GetValue(fix);
            var dry = parse.GetValue(dryRun);
            if (fixing && !dry)
            {
                ForgeDoctorPlanRun.ClearStopped(repository.Git);
            }

            var report = ForgeDoctor.Run(context, repository, ConfigLoader.Load(project.Root), verbose, fixing);
            if (!fixing)
            {
                ForgeDoctorPlanRun.Print(context.Out, report.Checks);
            }
            else if (dry)
            {
                ForgeDoctorPlanRun.PrintDryRun(context, report, parse.GetValue(json));
            }
            else
            {
                ForgeDoctorPlanRun.Apply(context, repository, report, verbose);
            }

            return report.Ok ? ExitCodes.Success : ExitCodes.Failed;
        });
        return new Command("forge", "The forge steward publish talks to (GitHub, GitLab, Gitea/Forgejo, and their self-hosted servers)") { doctor };
    }
}
