using System.Text;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>Adds the flow section to steward.yml as text, so every other line of the file stays byte for byte.</summary>
internal static class FlowConfigFile
{
    /// <summary>Appends the section; false when the file already has a top-level <c>flow:</c> key.</summary>
    public static bool AddFlowSection(string root, FlowBranchesConfig names)
    {
        var path = Path.Combine(root, ConfigLoader.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (existing.Split('\n').Any(l => l.StartsWith("flow:", StringComparison.Ordinal)))
        {
            return false;
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

        AtomicFileWriter.WriteAll(root, [new FileEdit(ConfigLoader.FileName, Encoding.UTF8.GetBytes(existing + section))]);
        return true;
    }

    // Branch names can hold characters YAML would read otherwise ('#', ': '); single quotes keep them text.
    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
