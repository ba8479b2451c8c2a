using Steward.Core.Planning;
using Steward.Engine;

namespace Steward.Releasing;

/// <summary>Prints a release plan for a person: version and why, file diffs, notes, and every step exactly as it will run.</summary>
internal static class ReleasePlanPrinter
{
    public static void Print(TextWriter output, ReleasePlan plan, ExecutionPlan steps, bool withDetails)
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

        output.WriteLine(plan.CommitPaths.Count == 0 ? $"files: none to change; {plan.Tag} goes on the commit that already carries {plan.Version}" : "files:");
        foreach (var file in steps.Files)
        {
            output.Write(file.Diff);
        }

        output.WriteLine("notes:");
        output.WriteLine(plan.Notes.Length == 0 ? $"  (none; the tag message will be 'Release {plan.Tag}')" : plan.Notes.TrimEnd('\n'));
        if (plan.TagMessageTemplate is not null)
        {
            output.WriteLine("tag message (release.tagMessage):");
            output.WriteLine(plan.TagMessage.TrimEnd('\n'));
        }

        PlanPrinter.PrintSteps(output, steps);
    }
}
