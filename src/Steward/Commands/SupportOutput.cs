using System.Globalization;
using Steward.Cli;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Flow;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary>The table and JSON shapes of <c>steward support</c>.</summary>
internal static class SupportOutput
{
    private static readonly string[] Header = ["LINE", "STATUS", "FIRST", "RELEASED", "LATEST", "RELEASED", "ENDS"];

    public static void WriteTable(TextWriter output, IReadOnlyList<SupportLine> lines, string tagPrefix)
    {
        if (lines.Count == 0)
        {
            output.WriteLine($"No releases yet: no tag {tagPrefix}X.Y.Z.");
            return;
        }

        var rows = new List<string[]> { Header };
        foreach (var line in lines)
        {
            rows.Add([
                line.Name,
                line.StatusText,
                line.FirstRelease.Version.ToString(),
                Date(SupportPolicy.DateOf(line.FirstRelease)),
                line.LatestRelease.Version.ToString(),
                Date(SupportPolicy.DateOf(line.LatestRelease)),
                line.Ends is { } ends ? Date(ends) : "-",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<SupportLine> lines, DateOnly today, SupportPolicyConfig policy) =>
        Json.Write(output, w =>
        {
            WriteHead(w, today, policy);
            WriteLines(w, lines);
            w.WriteEndObject();
        });

    /// <summary>A monorepo's components: <c>{today, policy, components: [{component, lines}]}</c>.</summary>
    public static void WriteComponentsJson(TextWriter output, IReadOnlyList<string> components, IReadOnlyList<IReadOnlyList<SupportLine>> lines, DateOnly today,
        SupportPolicyConfig policy) =>
        Json.Write(output, w =>
        {
            WriteHead(w, today, policy);
            w.WriteStartArray("components");
            for (var i = 0; i < components.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("component", components[i]);
                WriteLines(w, lines[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteHead(System.Text.Json.Utf8JsonWriter w, DateOnly today, SupportPolicyConfig policy)
    {
        w.WriteStartObject();
        w.WriteString("today", Date(today));
        w.WriteStartObject("policy");
        w.WriteNumber("fullMajors", policy.FullMajors);
        w.WriteNumber("securityMajors", policy.SecurityMajors);
        w.WriteNumber("securityMonths", policy.SecurityMonths);
        w.WriteEndObject();
    }

    private static void WriteLines(System.Text.Json.Utf8JsonWriter w, IReadOnlyList<SupportLine> lines)
    {
        w.WriteStartArray("lines");
        foreach (var line in lines)
        {
            WriteLine(w, line);
        }

        w.WriteEndArray();
    }

    public static void WriteCheckJson(TextWriter output, SemanticVersion version, SupportLine? line) =>
        Json.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("version", version.ToString());
            w.WriteBoolean("supported", line?.IsSupported == true);
            w.WritePropertyName("line");
            if (line is null)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteLine(w, line);
            }

            w.WriteEndObject();
        });

    private static void WriteLine(System.Text.Json.Utf8JsonWriter w, SupportLine line)
    {
        w.WriteStartObject();
        w.WriteString("line", line.Name);
        w.WriteNumber("major", line.Major);
        w.WriteString("status", line.StatusText);
        WriteRelease(w, "firstRelease", line.FirstRelease);
        WriteRelease(w, "latestRelease", line.LatestRelease);
        if (line.Ends is { } ends)
        {
            w.WriteString("ends", Date(ends));
        }
        else
        {
            w.WriteNull("ends");
        }

        w.WriteEndObject();
    }

    private static void WriteRelease(System.Text.Json.Utf8JsonWriter w, string name, VersionTag tag)
    {
        w.WriteStartObject(name);
        w.WriteString("version", tag.Version.ToString());
        w.WriteString("tag", tag.Name);
        w.WriteString("date", Date(SupportPolicy.DateOf(tag)));
        w.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
