using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward hooks install</c>: installs the commit-msg hook that runs <c>steward lint --message-file</c>.</summary>
internal static class HooksCommand
{
    /// <summary>The line that marks a hook as Steward's own, so a later install may replace it and never anything else.</summary>
    public const string Marker = "# steward-commit-msg-hook";

    private const string Script = $$"""
        #!/bin/sh
        {{Marker}}: installed by 'steward hooks install'.
        # Checks the commit message against Conventional Commits; 'git commit --no-verify' skips it once.
        if command -v steward >/dev/null 2>&1; then
          exec steward lint --message-file "$1"
        fi
        echo "commit-msg: steward is not on PATH, so the message was not checked (dotnet tool install --global Steward)" >&2
        exit 0

        """;

    public static Command Create(CommandContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the step (the hook file it would write) and change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the steps as one JSON document (with --dry-run: those that would run)" };
        var recovery = new PlanRecoveryOptions("hooks install");
        var install = new Command("install", "Install a commit-msg hook that checks every message with 'steward lint'; an existing hook that is not Steward's is left alone")
        {
            dryRun,
            json,
        };
        recovery.AddTo(install);
        install.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository
                ?? throw Messages.NotInRepository(project.Root);
            if (repository.IsBare)
            {
                throw Messages.HookInBareRepository(repository.Root);
            }

            if (recovery.Handle(parse, context, () => (repository.Root, repository.Git)) is { } recovered)
            {
                return recovered;
            }

            PlanRun.RefuseIfInterrupted(repository.Git);

            // --git-path honours core.hooksPath and linked worktrees.
            var path = new WorkTreeReader(repository.Git).GitPath("hooks/commit-msg");
            var shown = Path.GetRelativePath(repository.Root, path);
            var existed = File.Exists(path);
            if (existed && !File.ReadAllText(path).Contains(Marker, StringComparison.Ordinal))
            {
                throw Messages.ForeignHookExists(shown);
            }

            // The hook lives in git's own directory, which no configured path may reach: a step of its own kind.
            var plan = new ExecutionPlan("hooks install", [new GitHookStep(path, shown, Script.Replace("\r\n", "\n", StringComparison.Ordinal))]);
            if (parse.GetValue(dryRun))
            {
                PlanRun.PrintDryRun(context, plan, parse.GetValue(json));
                return ExitCodes.Success;
            }

            PlanRun.Apply(context, repository.Root, repository.Git, plan, shown);
            if (parse.GetValue(json))
            {
                PlanRun.WriteJson(context.Out, plan, dryRun: false);
                return ExitCodes.Success;
            }

            context.Out.WriteLine(existed ? $"Updated Steward's commit-msg hook: {shown}" : $"Installed the commit-msg hook: {shown}");
            return ExitCodes.Success;
        });
        return new Command("hooks", "Manage git hooks that run Steward") { install };
    }
}
