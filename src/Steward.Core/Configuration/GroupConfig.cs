namespace Steward.Core.Configuration;

/// <summary>
/// Components released together (an item of <c>groups:</c> in steward.yml): <c>fixed</c> members share one version
/// (the highest bump of any member applies to all), <c>linked</c> members keep their own versions but a release of one
/// releases all.
/// </summary>
public sealed class GroupConfig
{
    public string Name { get; set; } = string.Empty;

    /// <summary>fixed or linked.</summary>
    public string Mode { get; set; } = "fixed";

    /// <summary>The members, by component name.</summary>
    public IList<string> Components { get; set; } = [];
}
