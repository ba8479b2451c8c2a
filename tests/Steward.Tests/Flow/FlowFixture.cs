using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>Scripted histories for the branching verbs: dated commits and tags, and a clone with a local bare remote.</summary>
internal static class FlowFixture
{
    /// <summary>A commit at a given day (author and committer date), for histories whose dates matter.</summary>
    public static string CommitAt(TempGitRepository repo, string message, string date)
    {
        repo.Git("add", "-A");
        repo.GitWith(Dated(date), "commit", "-q", "--allow-empty", "-m", message);
        return repo.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>An annotated tag whose tagger date is <paramref name="date"/> (the release date support reads).</summary>
    public static void TagAt(TempGitRepository repo, string name, string date, string? target = null)
    {
        var args = new List<string> { "tag", "-a", "-m", $"Release {name}", name };
        if (target is not null)
        {
            args.Add(target);
        }

        repo.GitWith(Dated(date), [.. args]);
    }

    /// <summary>A bare remote and a clone of it with one commit on main (pushed), VERSION 1.0.0 and tag v1.0.0.</summary>
    public static (TempGitRepository Remote, TempGitRepository Work) WithRemote(bool tagged = true)
    {
        var copies = RepositoryTemplates.Copy("flow remote " + tagged, () => BuildWithRemote(tagged));
        return (copies[0], copies[1]);
    }

    /// <summary>
    /// <see cref="WithRemote"/> with a good release v1.1.0 and a bad one v1.2.0 on top, both pushed: where a rollback
    /// starts.
    /// </summary>
    public static (TempGitRepository Remote, TempGitRepository Work) WithBadRelease()
    {
        var (remote, work) = WithRemote();
        work.WriteFile("app.txt", "good\n");
        work.Commit("feat: good");
        work.Tag("v1.1.0");
        work.WriteFile("app.txt", "bad\n");
        work.Commit("feat: bad");
        work.Tag("v1.2.0");
        work.Git("push", "-q", "origin", "main", "--tags");
        return (remote, work);
    }

    /// <summary>
    /// <see cref="WithRemote"/> after <c>flow init</c>, with develop one feature ahead of main, both pushed: where the
    /// release verbs start.
    /// </summary>
    public static (TempGitRepository Remote, TempGitRepository Work) WithFeatureOnDevelop()
    {
        var copies = RepositoryTemplates.Copy("flow develop", BuildWithFeatureOnDevelop);
        return (copies[0], copies[1]);
    }

    // The repositories made here become a template's: they stay for the whole run (RepositoryTemplates deletes them).
#pragma warning disable CA2000
    private static TempGitRepository[] BuildWithRemote(bool tagged)
    {
        var remote = TempGitRepository.Create(bare: true);
        var work = TempGitRepository.Clone(remote.Root);
        work.Git("checkout", "-q", "-b", "main");
        work.WriteFile("VERSION", "1.0.0\n").WriteFile("app.txt", "line 1\nline 2\nline 3\n");
        work.Commit("feat: first");
        if (tagged)
        {
            work.Tag("v1.0.0");
        }

        work.Git("push", "-q", "origin", "main", "--tags");
        work.Git("branch", "-q", "--set-upstream-to=origin/main", "main");
        return [remote, work];
    }
#pragma warning restore CA2000

    private static TempGitRepository[] BuildWithFeatureOnDevelop()
    {
        var (remote, work) = WithRemote();
        StewardRunner.Run(work.Root, "flow", "init").ExitCode.Should().Be(0);
        work.Git("switch", "-q", "develop");
        work.Git("merge", "-q", "--ff-only", "main");
        work.WriteFile("search.txt", "search\n");
        work.Commit("feat: search");
        work.Git("push", "-q", "origin", "main", "develop");
        return [remote, work];
    }

    public static string Sha(TempGitRepository repo, string revision) => repo.Git("rev-parse", revision).Trim();

    /// <summary>Runs a flow command that must fail with its golden one-line error and leave every ref and file as it was.</summary>
    public static void AssertRefusedWithoutChange(TempGitRepository work, string golden, int code, string[] args)
    {
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, args);

        result.ExitCode.Should().Be(code);
        Golden.Assert($"Flow/{golden}.txt", result.Error);
        work.Snapshot().Should().Be(before);
    }

    private static Dictionary<string, string?> Dated(string date) => new()
    {
        ["GIT_AUTHOR_DATE"] = date + "T12:00:00Z",
        ["GIT_COMMITTER_DATE"] = date + "T12:00:00Z",
    };
}
