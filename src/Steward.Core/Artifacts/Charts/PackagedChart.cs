namespace Steward.Core.Artifacts.Charts;

/// <summary>A packaged chart: <c>CHART-X.Y.Z.tgz</c> and its bytes.</summary>
public sealed record PackagedChart(string FileName, byte[] Content);
