using Steward.Core.Artifacts.Archives;

namespace Steward.Core.Artifacts.Charts;

/// <summary>One file of a chart directory: its path relative to the chart, its kind and bytes.</summary>
public sealed record ChartFile(string RelativePath, ArchiveEntryKind Kind, byte[] Content);
