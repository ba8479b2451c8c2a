using Steward.Configuration;
using Steward.Core.Components;
using Steward.Git;

namespace Steward.Changelog;

/// <summary>
/// Which commits of the whole history touch each component's files, from ONE <c>git log</c> with the files of every
/// commit (a merge: the files it brings in over its first parent), as the monorepo's release ranges assign them: a
/// regenerated changelog or an old release's notes list a component's own commits only.
/// </summary>
internal static class ComponentCommits
{
    /// <returns>For each of <paramref name="wanted"/>, the shas of the commits that touch its files.</returns>
    public static IReadOnlyList<IReadOnlySet<string>> Owned(Repository repository, IReadOnlyList<Component> all, IReadOnlyList<Component> wanted)
    {
        var sets = all.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToList();
        if (new WorkTreeReader(repository.Git).HeadSha() is not null)
        {
            var files = new ComponentFiles(all);
            var owners = new bool[all.Count];
            foreach (var commit in new HistoryReader(repository.Git).ReadWithFiles("HEAD"))
            {
                Array.Clear(owners);
                foreach (var path in commit.Files)
                {
                    files.Mark(path, owners);
                }

                for (var i = 0; i < owners.Length; i++)
                {
                    if (owners[i])
                    {
                        sets[i].Add(commit.Commit.Commit.Sha);
                    }
                }
            }
        }

        var names = all.Select(c => c.Name).ToList();
        return [.. wanted.Select(w => sets[names.IndexOf(w.Name)])];
    }
}
