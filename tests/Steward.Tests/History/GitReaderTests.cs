using Steward.Git;
using Steward.Tests.Support;

namespace Steward.Tests.History;

public class GitReaderTests
{
    [Fact]
    public void The_history_reader_streams_every_field_of_every_commit_newest_first()
    {
        using var repo = TempGitRepository.Create();
        var first = repo.Commit("feat(core): first\n\nA body\nwith two lines.\n\nRefs: #1", "Ada Lovelace", "ada@example.com");
        var second = repo.Commit("fix: second (#12)");

        var commits = new HistoryReader(Git(repo)).Read("HEAD").ToList();

        commits.Select(c => c.Commit.Sha).Should().Equal(second, first);
        commits[0].Commit.Parents.Should().Equal(first);
        commits[1].Commit.Parents.Should().BeEmpty();
        commits[1].Commit.AuthorName.Should().Be("Ada Lovelace");
        commits[1].Commit.AuthorEmail.Should().Be("ada@example.com");
        commits[1].Commit.AuthorDate.Should().Be(new DateTimeOffset(2024, 1, 1, 12, 1, 0, TimeSpan.Zero));
        commits[1].Commit.Message.Should().Be("feat(core): first\n\nA body\nwith two lines.\n\nRefs: #1");
        commits[1].Message.Scope.Should().Be("core");
        commits[1].Message.Body.Should().Be("A body\nwith two lines.");
        commits[0].Message.PullRequest.Should().Be("12");
    }

    [Fact]
    public void The_history_reader_reads_a_range_and_sees_merged_branches()
    {
        using var repo = TempGitRepository.Create();
        var released = repo.Commit("feat: released");
        repo.Git("checkout", "-q", "-b", "topic");
        var topic = repo.Commit("fix: on the topic");
        repo.Git("checkout", "-q", "main");
        var main = repo.Commit("docs: on main");
        repo.Git("merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic");
        var merge = repo.Git("rev-parse", "HEAD").Trim();

        var commits = new HistoryReader(Git(repo)).ReadCommits("HEAD", [released]).ToList();

        commits.Select(c => c.Sha).Should().BeEquivalentTo([merge, main, topic]);
        commits.Single(c => c.Sha == merge).IsMerge.Should().BeTrue();
    }

    [Fact]
    public void The_tag_reader_lists_annotated_and_lightweight_version_tags_and_ignores_the_rest()
    {
        using var repo = TempGitRepository.Create();
        var a = repo.Commit("feat: a");
        repo.Tag("v1.0.0", annotated: true);
        var b = repo.Commit("feat: b");
        repo.Tag("v1.1.0-rc.1", annotated: false).Tag("latest").Tag("v1.1").Tag("api-v9.0.0").Tag("1.5.0");
        var tree = repo.Git("rev-parse", "HEAD^{tree}").Trim();
        repo.Git("tag", "v8.0.0", tree);

        var tags = new TagReader(Git(repo)).ReadVersionTags("v");

        tags.Select(t => (t.Name, t.Version.ToString(), t.Sha, t.IsAnnotated)).Should().Equal(
            ("v1.0.0", "1.0.0", a, true),
            ("v1.1.0-rc.1", "1.1.0-rc.1", b, false));
        new TagReader(Git(repo)).ReadVersionTags("api-v").Select(t => t.Name).Should().Equal("api-v9.0.0");
    }

    [Fact]
    public void The_undated_tag_reader_gives_each_prefix_its_commit_tags_and_no_tag_of_a_tree_or_blob()
    {
        using var repo = TempGitRepository.Create();
        var a = repo.Commit("feat: a");
        repo.Tag("api-v1.0.0", annotated: true).Tag("web-v1.0.0", annotated: false);
        var b = repo.Commit("feat: b");
        repo.Tag("api-v1.1.0-rc.1", annotated: false).Tag("web-v1.1").Tag("latest");
        var tree = repo.Git("rev-parse", "HEAD^{tree}").Trim();
        var blob = repo.WriteFile("notes.txt", "not a commit\n").Git("hash-object", "-w", "notes.txt").Trim();
        repo.Tag("web-v2.0.0", tree, annotated: true).Tag("web-v3.0.0", tree, annotated: false).Tag("api-v4.0.0", blob, annotated: true);

        var tags = new TagReader(Git(repo)).ReadUndatedVersionTags(["api-v", "web-v", "db-v"]);

        tags[0].Select(t => (t.Name, t.Version.ToString(), t.Sha, t.IsAnnotated)).Should().Equal(
            ("api-v1.0.0", "1.0.0", a, true),
            ("api-v1.1.0-rc.1", "1.1.0-rc.1", b, false));
        tags[1].Select(t => (t.Name, t.Sha, t.IsAnnotated)).Should().Equal(("web-v1.0.0", a, false));
        tags[2].Should().BeEmpty();
        tags[0].Should().OnlyContain(t => t.Date == DateTimeOffset.MinValue, "the dates are what this reader does not read");
    }

    [Fact]
    public void The_undated_tag_reader_answers_a_repository_without_tags()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: a");

        new TagReader(Git(repo)).ReadUndatedVersionTags(["api-v"]).Should().ContainSingle().Which.Should().BeEmpty();
    }

    [Fact]
    public void The_tag_reader_keeps_only_tags_reachable_from_a_commit_when_asked()
    {
        using var repo = TempGitRepository.Create();
        var a = repo.Commit("feat: a");
        repo.Tag("v1.0.0");
        repo.Git("checkout", "-q", "-b", "other");
        repo.Commit("feat: b");
        repo.Tag("v2.0.0");

        new TagReader(Git(repo)).ReadVersionTags("v", a).Select(t => t.Name).Should().Equal("v1.0.0");
        new TagReader(Git(repo)).ReadVersionTags("v").Select(t => t.Name).Should().Equal("v1.0.0", "v2.0.0");
    }

    private static GitRunner Git(TempGitRepository repo) => new(repo.Root, repo.Environment);
}
