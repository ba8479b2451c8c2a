using Steward.Tests.History;
using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>
/// <c>commits.merges</c> on real histories: branches merged with a real <c>git merge --no-ff</c> and the message GitHub
/// or GitLab writes, and squash merges with the pull request's description as GitHub writes them.
/// </summary>
public class MergeNotesTests
{
    private const string GitHubMerge = "Merge pull request #15 from z/azure";

    [Fact]
    public void Pr_title_lists_the_pull_request_once_with_its_link_in_notes_and_changelog()
    {
        using var repo = Project("https://github.com/z/steward.git", "pr-title");
        MergeBranch(repo, GitHubMerge, "feat: add Azure blob storage");

        var notes = StewardRunner.Run(repo.Root, "notes");
        var changelog = StewardRunner.Run(repo.Root, "changelog");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Contain("add Azure blob storage").And.Contain("https://github.com/z/steward/pull/15")
            .And.NotContain("add the client").And.NotContain("typo in the client").And.NotContain("Merge pull request");
        changelog.ExitCode.Should().Be(0, changelog.Error);
        var written = repo.ReadFile("CHANGELOG.md");
        written.Should().Contain("## [1.1.0]").And.Contain("add Azure blob storage").And.Contain("https://github.com/z/steward/pull/15");
        written.Should().NotContain("add the client");
    }

    [Fact]
    public void Branch_commits_is_the_default_and_lists_the_branch()
    {
        using var repo = Project("https://github.com/z/steward.git", merges: null);
        MergeBranch(repo, GitHubMerge, "feat: add Azure blob storage");

        var notes = StewardRunner.Run(repo.Root, "notes");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Contain("add the client").And.Contain("typo in the client").And.NotContain("add Azure blob storage");
        NextCommandTests.Next(repo).Should().Be((0, "1.0.1\n"));
    }

    [Fact]
    public void Next_bumps_from_the_pull_request_title()
    {
        using var repo = Project("https://github.com/z/steward.git", "pr-title");
        MergeBranch(repo, GitHubMerge, "feat(storage)!: add Azure blob storage");

        NextCommandTests.Next(repo).Should().Be((0, "2.0.0\n"));
    }

    [Fact]
    public void Both_lists_the_title_and_the_branch()
    {
        using var repo = Project("https://github.com/z/steward.git", "both");
        MergeBranch(repo, GitHubMerge, "feat: add Azure blob storage");

        StewardRunner.Run(repo.Root, "notes").Out.Should().Contain("add Azure blob storage").And.Contain("add the client");
        NextCommandTests.Next(repo).Should().Be((0, "1.1.0\n"));
    }

    [Fact]
    public void A_GitLab_merge_request_is_linked_with_its_bang_reference()
    {
        using var repo = Project("https://gitlab.com/group/proj.git", "pr-title");
        MergeBranch(repo, "Merge branch 'z/azure' into 'main'", "feat: add Azure blob storage\n\nCloses #24\n\nSee merge request group/proj!12");

        var notes = StewardRunner.Run(repo.Root, "notes");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Contain("add Azure blob storage").And.Contain("https://gitlab.com/group/proj/-/merge_requests/12")
            .And.Contain("https://gitlab.com/group/proj/-/issues/24").And.NotContain("add the client");
    }

    [Fact]
    public void Squash_merges_take_their_notes_from_the_description_and_NONE_leaves_one_out()
    {
        using var repo = Project("https://github.com/z/steward.git", merges: null);
        repo.Commit("fix: retry uploads (#21)\n\n* fix: retry\n\n* test: cover 503\n\n## Release notes\n<!-- What users see, or NONE -->\nUploads are retried when the storage answers 503.\n\n## Testing\nBy hand.");
        repo.Commit("fix: tidy the upload loop (#22)\n\nInternal only.\n\nRelease-Note: NONE");
        repo.Commit("feat: list blobs (#23)\n\n* feat: list blobs\n\n* docs: mention listing");

        var notes = StewardRunner.Run(repo.Root, "notes");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Contain("Uploads are retried when the storage answers 503.").And.Contain("https://github.com/z/steward/pull/21")
            .And.Contain("list blobs").And.NotContain("retry uploads").And.NotContain("tidy the upload loop").And.NotContain("What users see");
    }

    [Fact]
    public void Release_honours_the_breaking_marker_of_the_title_and_writes_it_once()
    {
        using var project = new ReleaseRepository();
        var work = project.Work;
        work.WriteFile("steward.yml", "commits:\n  merges: pr-title\n").Commit("chore: merge policy");
        MergeBranch(work, GitHubMerge, "feat(storage)!: add Azure blob storage");

        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        work.ReadFile("VERSION").Should().Be("2.0.0\n");
        var changelog = work.ReadFile("CHANGELOG.md");
        changelog.Should().Contain("#15").And.NotContain("add the client").And.NotContain("typo in the client");
        CountOf(changelog, "add Azure blob storage").Should().Be(1, "the pull request is one change, listed once");
    }

    [Fact]
    public void In_a_monorepo_a_component_does_not_list_again_a_branch_commit_its_share_cannot_join_to_the_merge()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "commits:\n  merges: pr-title\ncomponents:\n  - name: api\n    path: services/api\n  - name: web\n    path: apps/web\n")
            .WriteFile("services/api/VERSION", "1.0.0\n").WriteFile("apps/web/VERSION", "1.0.0\n");
        repo.Commit("chore: start");
        repo.Tag("api-v1.0.0").Tag("web-v1.0.0");
        repo.Git("checkout", "-q", "-b", "z/storage");
        repo.WriteFile("services/api/retry.txt", "retry\n").Commit("fix: api retry");
        repo.WriteFile("apps/web/tweak.txt", "tweak\n").Commit("fix: web tweak");
        repo.Git("checkout", "-q", "main");
        repo.Git("merge", "-q", "--no-ff", "-m", GitHubMerge, "-m", "feat: storage in api and web", "z/storage");

        var log = StewardRunner.Run(repo.Root, "log", "--component", "api");

        log.ExitCode.Should().Be(0, log.Error);
        log.Out.Should().Contain("(in PR)").And.Contain("storage in api and web");
        StewardRunner.Run(repo.Root, "next").Out.Should().Be("api 1.1.0\nweb 1.1.0\n");
    }

    [Fact]
    public void An_unknown_policy_is_refused_naming_the_key()
    {
        using var repo = Project("https://github.com/z/steward.git", "squash");

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml: commits.merges: 'squash' is not a merge policy");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>A project released as 1.0.0 with origin at <paramref name="remote"/> and <c>commits.merges</c> set when not null.</summary>
    private static TempGitRepository Project(string remote, string? merges)
    {
        var repo = NextCommandTests.Released("1.0.0");
        repo.Git("remote", "add", "origin", remote);
        if (merges is not null)
        {
            repo.WriteFile("steward.yml", $"commits:\n  merges: {merges}\n").Commit("chore: merge policy");
        }

        return repo;
    }

    /// <summary>Branch z/azure with two fixes, a docs commit on main, then a real no-fast-forward merge with the forge's message.</summary>
    private static void MergeBranch(TempGitRepository repo, string subject, string body)
    {
        repo.Git("checkout", "-q", "-b", "z/azure");
        repo.WriteFile("azure.txt", "client\n").Commit("fix: add the client", "Ada Lovelace", "ada@example.com");
        repo.WriteFile("azure.txt", "client!\n").Commit("fix: typo in the client", "Ada Lovelace", "ada@example.com");
        repo.Git("checkout", "-q", "main");
        repo.WriteFile("README.md", "readme\n").Commit("docs: readme");
        repo.Git("merge", "-q", "--no-ff", "-m", subject, "-m", body, "z/azure");
    }
}
