using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.PullRequests;

/// <summary>
/// The release units of a monorepo's release pull requests (<c>pr.split</c>): with <c>none</c> one unit of every
/// component; with <c>component</c> a fixed or linked group is one unit (its members release together), and every
/// component in no group is a unit of its own.
/// </summary>
public static class ReleaseUnits
{
    public const string None = "none";

    public const string Component = "component";

    /// <summary>Whether <c>pr.split</c> asks for one pull request per unit; an unknown value is refused (exit 2).</summary>
    public static bool Split(PullRequestConfig config) => (config.Split ?? None) switch
    {
        None => false,
        Component => true,
        var other => throw Messages.PullRequestSplitUnknown(other),
    };

    /// <summary>The unit each component belongs to: its group's name, or its own.</summary>
    public static string UnitOf(string component, IEnumerable<GroupConfig> groups) =>
        groups.FirstOrDefault(g => g.Components.Contains(component))?.Name ?? component;
}
