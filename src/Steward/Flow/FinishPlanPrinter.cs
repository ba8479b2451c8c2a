using Steward.Core.Configuration;
using Steward.Core.Planning;
using Steward.Engine;

namespace Steward.Flow;

/// <summary>
/// What a release or hotfix finish's --dry-run prints, in the manner of steward release's plan: the version and tag,
/// the gates (not run), the changelog diff, the notes, and the steps exactly as the engine would run them.
/// </summary>
internal static class FinishPlanPrinter
{
    /// <param name="onBranch">The version VERSION has on the branch; when it differs, the finish raises it first.</param>
    public static void Print(TextWriter output, ExecutionPlan plan, string branch, string version, string onBranch, string tag, IReadOnlyList<GateConfig> gates, FinishNotes notes)
    {
        output.WriteLine(version == onBranch ? $"version: {version} (from {branch})" : $"version: {version} (from {branch}, raised from {onBranch})");
        output.WriteLine($"tag: {tag}");
        output.WriteLine(gates.Count == 0 ? "gates: none configured" : "gates (not run):");
        foreach (var gate in gates)
        {
            output.WriteLine($"  {gate.Name}: {string.Join(' ', gate.Command)} (in {gate.WorkingDirectory}, timeout {gate.Timeout})");
        }

        output.WriteLine("files:");
        if (notes.Changelog is { } changelog)
        {
            output.Write(changelog.Diff);
        }

        output.WriteLine("notes:");
        output.WriteLine(notes.Message.TrimEnd('\n'));
        PlanPrinter.PrintSteps(output, plan);
    }
}
