using System.Text;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>
/// <c>changelog --regenerate</c> reads the whole history in one walk; each of its entries must still be exactly what
/// <c>notes --version</c> builds from that one release's range, on a history with everything that makes ranges
/// differ: a branch forked before a release and merged after it, a maintenance release on another line, a
/// prerelease closed by its stable release, two tags on one commit, and an open prerelease above the last release.
/// </summary>
public class RegenerateHistoryTests
{
    // 1.0.1 is only on support/1.0: not a release of main's history.
    private static readonly string[] NewestFirst = ["1.3.0-beta.1", "1.2.1", "1.2.0", "1.1.0", "1.0.0"];

    private static TempGitRepository Create()
    {
        var repo = TempGitRepository.Create();
        repo.Commit("feat: first feature", "Ada Lovelace", "ada@example.com");
        repo.Tag("v1.0.0");

        // A feature branch forked at 1.0.0, whose commits are older than 1.1.0's but merged only after it.
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Commit("feat: side one", "Grace Hopper", "grace@example.com");
        repo.Commit("feat: side two", "Grace Hopper", "grace@example.com");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: main fix", "Alan Turing", "alan@example.com");
        repo.Tag("v1.1.0-rc.1");
        repo.Commit("feat: more on main", "Ada Lovelace", "ada@example.com");
        repo.Tag("v1.1.0");
        repo.GitWith(new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = "2030-01-01T00:00:00Z", ["GIT_COMMITTER_DATE"] = "2030-01-01T00:00:00Z" },
            "merge", "-q", "--no-ff", "-m", "Merge branch 'feature'", "feature");

        // A maintenance line from 1.0.0.
        repo.Git("checkout", "-q", "-b", "support/1.0", "v1.0.0");
        repo.Commit("fix: backported fix", "Alan Turing", "alan@example.com");
        repo.Tag("v1.0.1");
        repo.Git("checkout", "-q", "main");

        repo.Commit("feat: faster start", "Ada Lovelace", "ada@example.com");
        repo.Tag("v1.2.0");
        repo.Tag("v1.2.1");
        repo.Commit("feat: next thing", "Grace Hopper", "grace@example.com");
        repo.Tag("v1.3.0-beta.1");
        repo.Commit("feat: not released yet", "Ada Lovelace", "ada@example.com");
        return repo;
    }

    [Fact]
    public void Every_regenerated_entry_is_what_notes_gives_for_that_release()
    {
        using var repo = Create();

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("CHANGELOG.md: regenerated from 5 release tags\n");
        var changelog = repo.ReadFile("CHANGELOG.md");
        var at = -1;
        foreach (var version in NewestFirst)
        {
            var notes = StewardRunner.Run(repo.Root, "notes", "--version", version, "--template", "keepachangelog");
            notes.ExitCode.Should().Be(0, notes.Error);
            var found = changelog.IndexOf(notes.Out, StringComparison.Ordinal);
            found.Should().BeGreaterThan(at, $"the entry of {version} comes whole, after the newer ones");
            at = found;
        }

        changelog.Should().NotContain("not released yet").And.NotContain("1.1.0-rc.1").And.NotContain("backported fix");
    }

    [Fact]
    public void A_tag_only_on_a_branch_that_is_not_merged_is_no_release_of_this_history()
    {
        using var repo = Create();
        repo.Git("checkout", "-q", "-b", "beta");
        repo.Commit("feat: only on beta", "Ada Lovelace", "ada@example.com");
        repo.Tag("v2.0.0-beta.1");
        repo.Git("checkout", "-q", "main");

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(0, result.Error);
        var changelog = repo.ReadFile("CHANGELOG.md");
        changelog.Should().NotContain("2.0.0-beta.1").And.NotContain("only on beta").And.NotContain("## 1.0.1 ");
        Entries(changelog).Keys.First().Should().Be("1.3.0-beta.1");
    }

    [Fact]
    public void A_branch_merged_after_a_release_is_listed_in_the_next_one_right_after_its_merge()
    {
        using var repo = Create();

        StewardRunner.Run(repo.Root, "changelog", "--regenerate").ExitCode.Should().Be(0);

        var changelog = repo.ReadFile("CHANGELOG.md");
        var entries = Entries(changelog);
        // One section (all feat), newest first: the commit after the merge, then what the merge brought in.
        entries["1.2.0"].Should().Equal("faster start", "side two", "side one");
        entries["1.2.1"].Should().BeEmpty("1.2.1 tags the same commit as 1.2.0");
        entries["1.1.0"].Should().Equal("more on main", "main fix");
        entries.Should().NotContainKey("1.0.1", "1.0.1 is on support/1.0 only");
        entries["1.0.0"].Should().Equal("first feature");
        entries["1.3.0-beta.1"].Should().Equal("next thing");
    }

    [Fact]
    public void The_walk_is_one_git_log_however_many_releases()
    {
        using var repo = Create();
        var trace = repo.FullPath("../trace.txt");

        var result = StewardRunner.Run(repo.Root, null, new Dictionary<string, string?> { ["GIT_TRACE"] = trace }, "changelog", "--regenerate");

        result.ExitCode.Should().Be(0, result.Error);
        var logs = File.ReadAllLines(trace).Count(l => l.Contains("built-in: git log", StringComparison.Ordinal));
        logs.Should().Be(1);
        File.Delete(trace);
    }

    [Fact]
    public void A_mailmap_is_asked_through_one_git_process_for_the_whole_file()
    {
        using var repo = Create();
        repo.WriteFile(".mailmap", "Grace B. Hopper <grace@example.com>\n");
        var trace = repo.FullPath("../trace-mailmap.txt");

        var result = StewardRunner.Run(repo.Root, null, new Dictionary<string, string?> { ["GIT_TRACE"] = trace }, "changelog", "--regenerate", "--template", "full");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(trace).Count(l => l.Contains("built-in: git check-mailmap", StringComparison.Ordinal)).Should().Be(1);
        File.Delete(trace);
        var changelog = repo.ReadFile("CHANGELOG.md");
        changelog.Should().Contain("Grace B. Hopper").And.NotContain("- Grace Hopper");
    }

    [Fact]
    public void A_preamble_longer_than_the_first_read_is_kept_byte_for_byte()
    {
        using var repo = Create();

        // Over 64 KiB before the first release, with a "## 9.9.9" in a code block that is not a release heading.
        var preamble = new StringBuilder("\uFEFF# History\r\n\r\n```\r\n## 9.9.9\r\n```\r\n\r\n");
        while (preamble.Length < 200_000)
        {
            preamble.Append("Some words about the project, ünïcödé included, kept as they are.\r\n");
        }

        preamble.Append("\r\n");
        var old = preamble + "## 0.0.1\r\n\r\nGone.\r\n";
        repo.WriteBytes("CHANGELOG.md", Encoding.UTF8.GetBytes(old));

        var result = StewardRunner.Run(repo.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(0, result.Error);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(repo.FullPath("CHANGELOG.md")));
        text.Should().StartWith(preamble.ToString()).And.NotContain("Gone.");
        text[preamble.Length..].Should().StartWith("## 1.3.0-beta.1 ");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
    }

    [Fact]
    public void The_dry_run_diff_of_a_new_file_is_what_a_real_run_writes()
    {
        using var repo = Create();
        var before = repo.Snapshot();

        var dry = StewardRunner.Run(repo.Root, "changelog", "--regenerate", "--dry-run");

        dry.ExitCode.Should().Be(0, dry.Error);
        repo.Snapshot().Should().Be(before);
        repo.WriteFile("../regenerate.patch", dry.Out);
        repo.Git("apply", "--whitespace=nowarn", "../regenerate.patch");
        var applied = repo.ReadFile("CHANGELOG.md");
        File.Delete(repo.FullPath("CHANGELOG.md"));
        StewardRunner.Run(repo.Root, "changelog", "--regenerate").ExitCode.Should().Be(0);
        repo.ReadFile("CHANGELOG.md").Should().Be(applied);
    }

    [Fact]
    public void A_shallow_clone_is_refused_with_the_fix_and_nothing_written()
    {
        using var origin = Create();
        using var clone = TempGitRepository.Clone("file://" + origin.Root, "--depth", "3", "--no-single-branch");
        clone.Git("fetch", "-q", "--depth", "3", "origin", "+refs/tags/*:refs/tags/*");
        var before = clone.Snapshot();

        var result = StewardRunner.Run(clone.Root, "changelog", "--regenerate");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: shallow clone: --regenerate reads every release back to the first commit, and this clone's history is cut short; fetch the whole history with 'git fetch --unshallow --tags' (GitHub Actions: actions/checkout with 'fetch-depth: 0')\n");
        clone.Snapshot().Should().Be(before);

        clone.Git("fetch", "-q", "--unshallow", "--tags");
        var whole = StewardRunner.Run(clone.Root, "changelog", "--regenerate");
        whole.ExitCode.Should().Be(0, whole.Error);
        whole.Out.Should().Be("CHANGELOG.md: regenerated from 5 release tags\n");
    }

    /// <summary>The entry descriptions of each release heading, in order.</summary>
    private static Dictionary<string, List<string>> Entries(string changelog)
    {
        var entries = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in changelog.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = entries[line[3..line.IndexOf(' ', 3)]] = [];
            }
            else if (current is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                current.Add(line[2..line.IndexOf(" (", StringComparison.Ordinal)]);
            }
        }

        return entries;
    }
}
