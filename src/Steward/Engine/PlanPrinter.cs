using Steward.Core.Planning;

namespace Steward.Engine;

/// <summary>Prints a plan's steps for a person, one line each, git commands exactly as they will run (shell-quoted).</summary>
internal static class PlanPrinter
{
    public static void PrintSteps(TextWriter output, ExecutionPlan plan)
    {
        output.WriteLine(plan.Steps.Count == 0 ? "steps: none" : "steps:");
        foreach (var step in plan.Steps)
        {
            output.WriteLine("  " + step switch
            {
                FileWriteStep file => $"write {file.RelativePath}",
                GitHookStep hook => $"write {hook.ShownPath} (executable)",
                ArtifactStep artifact => $"create {artifact.ShownPath} ({artifact.Size} bytes, sha256 {artifact.Sha256})",
                GitStep git => string.Join(' ', git.Argv.Select(Quote)) + (git.Role == GitStepRole.Tag && git.Input is not null ? "  (message: the notes)" : string.Empty),
                CommandStep command => $"{PlanJson.Phase(command.Phase)} '{command.Command.Name}': {string.Join(' ', command.Command.Command.Select(Quote))}",
                ForgeStep forge => forge.Describe(),
                PullRequestStep pull => pull.Describe(),
                ForgeFixStep fix => fix.Describe(),
                AnnounceStep announce => $"announce: {announce.Tag} to {announce.AnnouncerKind} '{announce.Announcer}' (unless its delivery is recorded)",
                _ => step.Kind,
            });
        }
    }

    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@+,".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
