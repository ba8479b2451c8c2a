using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward forge doctor</c>: checks the forge configuration, the token and its access, in one report (exit 1 if a check fails).</summary>
internal static class ForgeCommand
{
    public static Command Create(CommandContext context)
    {
        var fix = new Option<bool>("--fix") { Description = "Make the labels steward uses (pr.labels, release.blockers) where the repository lacks them, and set squash and merge commit messages to carry the pull request's description" };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the labels that would be made and the settings that would be changed, with the calls; change nothing" };
        var doctor = new Command("doctor", "Check where steward publish would publish: forge, API URL, repository, the token's variable and its access, in one report")
        {
            fix,
            dryRun,
        };
        doctor.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
            var checks = ForgeDoctor.Run(context, repository, ConfigLoader.Load(project.Root), GlobalOptions.VerboseOf(parse), parse.GetValue(fix), parse.GetValue(dryRun));
            foreach (var check in checks)
            {
                context.Out.WriteLine($"{(check.Ok ? check.Warning ? "warn" : "ok  " : "FAIL")}  {check.Check,-10}  {check.Detail}");
            }

            return checks.All(c => c.Ok) ? ExitCodes.Success : ExitCodes.Failed;
        });
        return new Command("forge", "The forge steward publish talks to (GitHub, GitLab, Gitea/Forgejo, and their self-hosted servers)") { doctor };
    }
}
