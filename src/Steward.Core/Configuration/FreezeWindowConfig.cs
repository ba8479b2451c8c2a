namespace Steward.Core.Configuration;

/// <summary>
/// One window of <c>release.freeze</c>. Its times are text here: the freeze check reads them from the file's nodes
/// (<c>Steward.Configuration.FreezeFileReader</c>), so a mistake is reported with its line.
/// </summary>
public sealed class FreezeWindowConfig
{
    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Reason { get; set; }

    public List<string> Branches { get; set; } = [];

    public List<string> Components { get; set; } = [];
}
