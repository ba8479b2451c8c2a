using Steward.Cli;
using Steward.Engine;

namespace Steward.UseCases;

/// <summary>A monorepo release plan for people (each component's version, why, tag, notes; the files and steps) and as JSON.</summary>
internal static class MonorepoReleaseOutput
{
    public static void Print(TextWriter output, MonorepoReleasePlan plan, bool withDetails)
    {
        foreach (var part in plan.Parts)
        {
            output.WriteLine($"{part.Release.Component.Name}: version {part.Plan.Version} (previous: {part.Plan.PreviousVersion?.ToString() ?? "none"}), tag {part.Plan.Tag}");
            foreach (var why in part.Release.Why)
            {
                output.WriteLine($"  why: {Core.Text.UntrustedText.Terminal(why)}");
            }
        }

        foreach (var warning in plan.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        if (!withDetails)
        {
            return;
        }

        var gates = plan.Parts[0].Plan.Gates;
        output.WriteLine(gates.Count == 0 ? "gates: none configured" : "gates:");
        foreach (var gate in gates)
        {
            output.WriteLine($"  {gate.Name}: {string.Join(' ', gate.Command)} (in {gate.WorkingDirectory}, timeout {gate.Timeout})");
        }

        output.WriteLine("files:");
        foreach (var file in plan.Steps.Files)
        {
            output.Write(file.Diff);
        }

        foreach (var part in plan.Parts)
        {
            output.WriteLine($"notes of {part.Plan.Tag}:");
            output.WriteLine(part.Plan.Notes.Length == 0 ? $"  (none; the tag message will be 'Release {part.Plan.Tag}')" : part.Plan.Notes.TrimEnd('\n'));
        }

        PlanPrinter.PrintSteps(output, plan.Steps);
    }

    /// <summary>--dry-run --json: every component as it would be released, the warnings and the plan's steps.</summary>
    public static void WritePlan(TextWriter output, MonorepoReleasePlan plan) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        WriteComponents(w, plan);
        w.WriteNull("commit");
        w.WriteStringArray("files", plan.Steps.Files.Select(f => f.RelativePath));
        w.WriteStringArray("warnings", plan.Warnings);
        w.WriteBoolean("pushed", false);
        w.WriteBoolean("released", false);
        PlanJson.WriteSteps(w, plan.Steps);
        w.WriteEndObject();
    });

    /// <summary>The result once made: each component's version and tag, the commit, whether it was pushed.</summary>
    public static void WriteResult(TextWriter output, MonorepoReleasePlan plan, ExecutionResult result) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        WriteComponents(w, plan);
        w.WriteString("commit", result.Commit);
        w.WriteStringArray("files", result.CommittedFiles);
        w.WriteStringArray("warnings", plan.Warnings);
        w.WriteBoolean("pushed", result.Pushed);
        w.WriteBoolean("released", true);
        w.WriteEndObject();
    });

    private static string LevelName(Core.Versioning.BumpLevel level) => level == Core.Versioning.BumpLevel.None ? "none" : level.ToString().ToLowerInvariant();

    /// <summary>Each component as it is (or would be) released: the same object in the plan and in the result.</summary>
    private static void WriteComponents(System.Text.Json.Utf8JsonWriter w, MonorepoReleasePlan plan)
    {
        w.WriteStartArray("components");
        foreach (var part in plan.Parts)
        {
            w.WriteStartObject();
            w.WriteString("component", part.Release.Component.Name);
            w.WriteString("version", part.Plan.Version.ToString());
            w.WriteString("previous", part.Plan.PreviousVersion?.ToString());
            w.WriteString("tag", part.Plan.Tag);
            w.WriteString("bump", LevelName(part.Release.Level));
            w.WriteString("notes", part.Plan.Notes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
