using Steward.Tests.Forge;

namespace Steward.Tests.PullRequests;

/// <summary>GitHub's merge buttons, done with git in the fixture's work clone: the result pushed, the pull request closed as merged.</summary>
internal static class ForgeMergeButton
{
    /// <summary>A merge commit of the release branch into main.</summary>
    public static string Merge(PullRequestFixture fixture, FakeGitHub github, FakePull pull)
    {
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        work.Git("merge", "-q", "--no-ff", "-m", $"Merge pull request #{pull.Number} from acme/{pull.Head}", "origin/" + pull.Head);
        work.Git("push", "-q", "origin", "main");
        github.MarkMerged(pull);
        return work.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>A squash: one commit with the pull request's title and (one commit) that commit's body.</summary>
    public static string Squash(PullRequestFixture fixture, FakeGitHub github, FakePull pull)
    {
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        var body = work.Git("log", "-1", "--format=%b", "origin/" + pull.Head);
        work.Git("merge", "-q", "--squash", "origin/" + pull.Head);
        work.Git("commit", "-q", "-m", $"{pull.Title} (#{pull.Number})\n\n{body}");
        work.Git("push", "-q", "origin", "main");
        github.MarkMerged(pull);
        return work.Git("rev-parse", "HEAD").Trim();
    }
}
