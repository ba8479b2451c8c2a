using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.PullRequests;

/// <summary>
/// The release units of a monorepo's release pull requests (<c>pr.split</c>): with <c>none</c> one unit of every
/// component; with <c>component</c> a fixed or linked group is one unit (its members release together), and every
/// component in no group is a unit of its own, unless a cascade joins it to the components it depends on.
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

    /// <summary>
    /// The unit each component belongs to. Components that release together are one unit: the members of a fixed or
    /// linked group, and a component with the components it depends on (a cascade writes the dependency's new version
    /// into the dependent's files, so a pull request of the dependent alone would release it against a version not
    /// released yet). A unit with a group is named after its first group; one without, after its first component that
    /// depends on none of the others (the dependency the rest cascade from); a component alone, after itself.
    /// </summary>
    public static string UnitOf(string component, StewardConfig config)
    {
        var members = Connected(component, config);
        if (members.Count == 1)
        {
            return component;
        }

        var group = config.Groups.FirstOrDefault(g => g.Components.Any(members.Contains));
        if (group is not null)
        {
            return group.Name;
        }

        var declared = config.Components.Where(c => members.Contains(c.Name)).ToList();
        return (declared.FirstOrDefault(c => !c.DependsOn.Any(members.Contains)) ?? declared[0]).Name;
    }

    /// <summary>Every component joined to <paramref name="component"/> by groups and cascading dependencies, itself included.</summary>
    private static HashSet<string> Connected(string component, StewardConfig config)
    {
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Link(string a, string b)
        {
            (links.TryGetValue(a, out var fromA) ? fromA : links[a] = []).Add(b);
            (links.TryGetValue(b, out var fromB) ? fromB : links[b] = []).Add(a);
        }

        foreach (var group in config.Groups)
        {
            foreach (var member in group.Components.Skip(1))
            {
                Link(group.Components[0], member);
            }
        }

        foreach (var dependent in config.Components.Where(c => !string.Equals(c.Cascade, "none", StringComparison.Ordinal)))
        {
            foreach (var dependency in dependent.DependsOn)
            {
                Link(dependent.Name, dependency);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { component };
        var queue = new Queue<string>([component]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var linked in links.GetValueOrDefault(next) ?? [])
            {
                if (seen.Add(linked))
                {
                    queue.Enqueue(linked);
                }
            }
        }

        return seen;
    }
}
