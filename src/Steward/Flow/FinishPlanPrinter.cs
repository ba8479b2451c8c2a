using Steward.Core.Configuration;

namespace Steward.Flow;

/// <summary>
/// What a release or hotfix finish's --dry-run prints, in the manner of steward release's plan: the version and tag,
/// the gates (not run), the changelog diff, the notes, and the steps the finish would take.
/// </summary>
internal static class FinishPlanPrinter
{
    /// <param name="onBranch">The version VERSION has on the branch; when it differs, the finish raises it first.</param>
    public static void Print(TextWriter output, FinishState state, string version, string onBranch, string tag, IReadOnlyList<GateConfig> gates, FinishNotes notes, string remote)
    {
        output.WriteLine(version == onBranch ? $"version: {version} (from {state.Branch})" : $"version: {version} (from {state.Branch}, raised from {onBranch})");
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
        output.WriteLine("steps:");
        foreach (var step in state.Steps)
        {
            output.WriteLine("  " + Describe(step, remote));
        }
    }

    /// <summary>One step in the words the plan uses (and --json lists).</summary>
    public static string Describe(FinishStep step, string remote) => step.Kind switch
    {
        FinishStepKind.Commit => $"commit {string.Join(", ", step.Files!.Select(f => f.Path))} on {step.Into}: {step.Message}",
        FinishStepKind.Merge => $"merge {step.From} into {step.Into}{(step.FastForward ? string.Empty : " (--no-ff)")}",
        FinishStepKind.Tag => $"tag {step.Tag} on {step.Into}",
        FinishStepKind.DeleteBranch => $"delete branch {step.Branch}",
        FinishStepKind.Push => $"push --atomic {remote} {string.Join(' ', step.Refspecs!)}",
        _ => $"switch to {step.Into}",
    };
}
