using Steward.Core.Planning;

namespace Steward.Releasing;

/// <summary>Prints a release plan for a person: version and why, gates, file diffs, notes, and the git commands.</summary>
internal static class ReleasePlanPrinter
{
    public static void Print(TextWriter output, ReleasePlan plan, bool withDetails)
    {
        output.WriteLine($"version: {plan.Version} (previous: {plan.PreviousVersion?.ToString() ?? "none"})");
        output.WriteLine($"why: {Core.Text.UntrustedText.Terminal(plan.Reason)}");
        output.WriteLine($"tag: {plan.Tag} on branch {plan.Branch}");
        if (!withDetails)
        {
            return;
        }

        output.WriteLine(plan.Gates.Count == 0 ? "gates: none configured" : "gates:");
        foreach (var gate in plan.Gates)
        {
            output.WriteLine($"  {gate.Name}: {string.Join(' ', gate.Command)} (in {gate.WorkingDirectory}, timeout {gate.Timeout})");
        }

        output.WriteLine("files:");
        foreach (var edit in plan.Edits.Where(e => e.Changes))
        {
            output.Write(edit.Diff);
        }

        output.WriteLine("notes:");
        output.WriteLine(plan.Notes.Length == 0 ? $"  (none; the tag message will be 'Release {plan.Tag}')" : plan.Notes.TrimEnd('\n'));
        output.WriteLine("git:");
        foreach (var step in plan.GitSteps)
        {
            output.WriteLine("  " + string.Join(' ', step.Select(Quote)));
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@+<>".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
