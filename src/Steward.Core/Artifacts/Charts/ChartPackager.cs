using System.Text;
using System.Text.RegularExpressions;
using Steward.Core.Artifacts.Archives;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Steward.Core.Artifacts.Charts;

/// <summary>
/// Packages a Helm chart directory as <c>helm package</c> lays it out: <c>CHART-X.Y.Z.tgz</c> holding
/// <c>CHART/Chart.yaml</c> first (with <c>version:</c> set to the release), then <c>values.yaml</c>, then every other
/// file in path order, all under the chart's name, with the fixed time stamp, owner and modes of a reproducible
/// archive. Files matched by the chart's <c>.helmignore</c> are left out, as Helm leaves them out. Only the <c>version:</c> line of Chart.yaml changes; its comments and layout stay.
/// </summary>
public static partial class ChartPackager
{
    public static PackagedChart Package(string chartPath, IReadOnlyList<ChartFile> files, SemanticVersion version, DateTimeOffset modified)
    {
        var chartYamlPath = $"{chartPath}/Chart.yaml";
        var chartYaml = files.FirstOrDefault(f => f.RelativePath == "Chart.yaml")
            ?? throw Messages.ChartWithoutChartYaml(chartPath);
        var text = Encoding.UTF8.GetString(chartYaml.Content);
        var name = ReadName(chartYamlPath, text);
        var versioned = SetVersion(chartYamlPath, text, version.ToString());
        var ignore = new HelmIgnore(files.FirstOrDefault(f => f.RelativePath == HelmIgnore.FileName) is { } rules ? Encoding.UTF8.GetString(rules.Content) : null);
        var entries = new List<ArchiveEntry> { new($"{name}/Chart.yaml", ArchiveEntryKind.File, Encoding.UTF8.GetBytes(versioned)) };
        entries.AddRange(files
            .Where(f => f.RelativePath != "Chart.yaml" && !ignore.IsIgnored(f.RelativePath))
            .OrderBy(f => f.RelativePath == "values.yaml" ? 0 : 1)
            .ThenBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => new ArchiveEntry($"{name}/{f.RelativePath}", f.Kind, f.Content)));
        return new PackagedChart($"{name}-{version}.tgz", TarGzWriter.Write(entries, modified));
    }

    /// <summary>Replaces the value of the top-level <c>version:</c> key, keeping quotes style, comments and line endings.</summary>
    public static string SetVersion(string path, string text, string version)
    {
        var match = VersionLine().Match(text);
        if (!match.Success)
        {
            throw Messages.ChartYamlWithoutVersion(path);
        }

        var group = match.Groups["value"];
        return string.Concat(text.AsSpan(0, group.Index), version, text.AsSpan(group.Index + group.Length));
    }

    private static string ReadName(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Messages.ChartYamlNotValid(path, e.Start.Line, e.Message.Split('\n')[0], e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("name"), out var node)
            || node is not YamlScalarNode { Value: { Length: > 0 } name })
        {
            throw Messages.ChartWithoutName(path);
        }

        return ChartName().IsMatch(name)
            ? name
            : throw Messages.ChartNameInvalid(path, node.Start.Line, name);
    }

    // The value of a top-level "version:" line, without surrounding quotes or a trailing comment.
    [GeneratedRegex(@"^version:[ \t]*['""]?(?<value>[^'""\r\n#]*?)['""]?[ \t]*(?:#.*)?\r?$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ChartName();
}
