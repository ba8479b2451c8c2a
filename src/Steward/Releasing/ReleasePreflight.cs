using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Releasing;

/// <summary>
/// The checks before a release, in order, each stopping it with one line that names what is wrong and what to do.
/// None of them writes anything, except the `git fetch` that keeps remote-tracking refs current (skipped by
/// --no-fetch and by --dry-run, which asks the remote read-only instead).
/// </summary>
internal sealed class ReleasePreflight(GitRunner git, ReleaseConfig config, TextWriter output)
{
    private readonly WorkTreeReader reader = new(git);

    /// <summary>The branch being released, after the checks that do not depend on the version.</summary>
    /// <param name="versionFile">The component's VERSION, the one file that may be uncommitted (raised by hand).</param>
    public string CheckRepository(ReleaseOptions options, string versionFile)
    {
        // A run interrupted half-way (release or propagate, one journal) is finished or undone first; a lock a killed
        // git left behind is named with its fix before anything runs.
        new JournalStore(reader).RefuseIfInterrupted();
        RepositoryGuards.RefuseIndexLock(reader);

        if (reader.HeadSha() is null)
        {
            throw Messages.NoCommitsToRelease();
        }

        var branch = reader.CurrentBranch()
            ?? throw Messages.DetachedHeadRelease();
        if (!config.Branches.Any(p => BranchPattern.Matches(p, branch)))
        {
            throw Messages.NotAReleaseBranch(branch, config.Branches);
        }

        if (!options.AllowDirty)
        {
            var dirty = reader.Status().Where(e => e.Path != versionFile).Select(e => e.Path).ToList();
            if (dirty.Count > 0)
            {
                throw Messages.DirtyWorkTreeRelease(Describe(dirty));
            }
        }

        var upstream = reader.Upstream();
        var hasRemote = reader.RemoteExists(config.Remote);
        if (hasRemote && !options.NoFetch && !options.DryRun)
        {
            new WorkTreeWriter(git).Fetch(config.Remote);
        }

        if (upstream is not null)
        {
            CheckNotBehind(branch, "HEAD", upstream);
        }
        else if (options.Push || config.Push)
        {
            if (!hasRemote)
            {
                throw Messages.PushWithoutRemote(config.Remote);
            }
        }

        return branch;
    }

    /// <summary>Refuses a branch behind the ref it pulls from (fetched already). Also used by flow's finishes for each branch they move.</summary>
    public void CheckNotBehind(string branch, string local, string upstream)
    {
        var behind = reader.CountCommits($"{local}..{upstream}");
        if (behind > 0)
        {
            throw Messages.BranchBehindUpstream(branch, behind, upstream);
        }
    }

    /// <summary>The checks that need the version: the tag must exist neither here nor on the remote.</summary>
    public void CheckTag(string tag)
    {
        if (reader.LocalTagExists(tag))
        {
            throw Messages.TagExistsLocally(tag);
        }

        var hasRemote = reader.RemoteExists(config.Remote);
        if (hasRemote && reader.RemoteTagExists(config.Remote, tag))
        {
            throw Messages.TagExistsOnRemote(tag, config.Remote);
        }

        output.WriteLine(hasRemote
            ? $"preflight: tag {tag} is free here and on '{config.Remote}'"
            : $"preflight: tag {tag} is free here (no remote '{config.Remote}' to ask)");
    }

    private static string Describe(List<string> paths) =>
        string.Join(", ", paths.Take(3)) + (paths.Count > 3 ? $" and {paths.Count - 3} more" : string.Empty);
}
