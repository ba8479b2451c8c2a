using System.Text.Json;
using Steward.Cli;
using Steward.Engine;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>What <c>steward backport</c> prints: the plan (dry run) or what was done, for people or as one JSON document.</summary>
internal static class BackportOutput
{
    public static void Write(CommandContext context, BackportResult result, bool json)
    {
        if (json)
        {
            PlanRun.WriteJson(context.Out, result.Plan, result.DryRun, w => Fields(w, result));
            return;
        }

        if (result.DryRun)
        {
            PlanRun.PrintDryRun(context, result.Plan, json: false);
            return;
        }

        var moved = result.Lines.Where(l => l.Tip is not null).ToList();
        context.Out.WriteLine(moved.Count == 0
            ? "backport: no line changed"
            : $"backport: {string.Join(", ", moved.Select(l => l.Tag is null ? $"{l.Branch} updated" : $"{l.Tag} on {l.Branch}"))}{(result.Pushed ? ", pushed" : string.Empty)}");
    }

    private static void Fields(Utf8JsonWriter w, BackportResult result)
    {
        if (result.Advisory is null)
        {
            w.WriteNull("advisory");
        }
        else
        {
            w.WriteString("advisory", result.Advisory);
        }

        w.WriteBoolean("pushed", result.Pushed);
        w.WriteStartArray("lines");
        foreach (var line in result.Lines)
        {
            w.WriteStartObject();
            w.WriteString("line", line.Line);
            w.WriteString("branch", line.Branch);
            w.WriteString("from", line.From);
            w.WriteBoolean("created", line.Created);
            w.WriteString("status", line.Failed ? "failed" : line.Tip is null ? "unchanged" : line.Version is null ? "picked" : "released");
            w.WriteStringArray("picked", line.Picked);
            w.WriteStringArray("skipped", line.Skipped);
            WriteOrNull(w, "tip", line.Tip);
            WriteOrNull(w, "version", line.Version);
            WriteOrNull(w, "tag", line.Tag);
            WriteOrNull(w, "error", line.Failure);
            w.WriteStringArray("conflicts", line.Conflicts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
