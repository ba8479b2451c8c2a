using System.Text;
using Steward.Core.Configuration;

namespace Steward.Flow;

/// <summary>Adds the flow section to steward.yml as text, so every other line of the file stays byte for byte.</summary>
internal static class FlowConfigFile
{
    /// <summary>The file's text with the section appended; null when it already has a top-level <c>flow:</c> key. Writes nothing.</summary>
    public static string? WithFlowSection(string? text, FlowBranchesConfig names)
    {
        var existing = text ?? string.Empty;
        if (existing.Split('\n').Any(l => l.StartsWith("flow:", StringComparison.Ordinal)))
        {
            return null;
        }

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var section = new StringBuilder();
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            section.Append(newline);
        }

        foreach (var line in new[]
        {
            "flow:",
            "  branches:",
            $"    main: {Quote(names.Main)}",
            $"    develop: {Quote(names.Develop)}",
            $"    feature: {Quote(names.Feature)}",
            $"    release: {Quote(names.Release)}",
            $"    hotfix: {Quote(names.Hotfix)}",
        })
        {
            section.Append(line).Append(newline);
        }

        return existing + section;
    }

    // Branch names can hold characters YAML would read otherwise ('#', ': '); single quotes keep them text.
    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
