using Steward.Cli;
using Steward.Tests.Flow;
using Steward.Tests.Forge;
using Steward.Tests.Support;

namespace Steward.Tests.PullRequests;

/// <summary>
/// A released repository (v1.0.0 on a local bare remote) with steward.yml pointing at a fake GitHub, committed and
/// pushed, and one feature since the release; a second clone stands for the humans who push to the release branch and
/// merge pull requests. Runs steward in process with the forge token in the environment.
/// </summary>
internal sealed class PullRequestFixture : IDisposable
{
    public const string Head = "steward/release/main";

    private PullRequestFixture(TempGitRepository remote, TempGitRepository work, TempGitRepository human)
    {
        Remote = remote;
        Work = work;
        Human = human;
    }

    public TempGitRepository Remote { get; }

    public TempGitRepository Work { get; }

    /// <summary>Another clone of the remote: a maintainer's, or GitHub's merge button.</summary>
    public TempGitRepository Human { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = FakeGitHub.Token };

    /// <summary>Waits (rate limits) are recorded here, never slept.</summary>
    public RecordingClock Clock { get; } = new();

    /// <param name="type">forge.type: github, gitlab or gitea (the token variable is the test's to set for the last two).</param>
    public static PullRequestFixture Create(string api, string extraConfig = "", string type = "github")
    {
        var (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("steward.yml", $"forge:\n  type: {type}\n  api: {api}\n  repository: acme/demo\n{extraConfig}");
        work.Commit("chore: configure steward");
        work.WriteFile("app.txt", "feature one\n");
        work.Commit("feat: feature one");
        work.Git("push", "-q", "origin", "main");
        var human = TempGitRepository.Clone(remote.Root);
        return new PullRequestFixture(remote, work, human);
    }

    /// <summary>
    /// The monorepo of <see cref="Monorepo.MonorepoReleaseRepository"/> (a feature in api, a fix in chart since their
    /// releases) with the forge added to its steward.yml, committed and pushed, and a second clone.
    /// </summary>
    public static PullRequestFixture Monorepo(string api, string extraConfig = "")
    {
        // The fixture owns the two repositories from here on, and disposes them.
#pragma warning disable CA2000
        var repository = new Monorepo.MonorepoReleaseRepository();
#pragma warning restore CA2000
        var work = repository.Work;
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + $"forge:\n  type: github\n  api: {api}\n  repository: acme/demo\n{extraConfig}");
        work.Commit("chore: configure steward");
        work.Git("push", "-q", "origin", "main");
        var human = TempGitRepository.Clone(repository.Remote.Root);
        return new PullRequestFixture(repository.Remote, work, human);
    }

    /// <summary>A commit pushed to main from the other clone, then pulled here (the base moved).</summary>
    public void PushToBase(string message, string file = "app.txt", string content = "more\n")
    {
        Human.Git("fetch", "-q", "origin");
        Human.Git("checkout", "-q", "-B", "main", "origin/main");
        Human.WriteFile(file, content);
        Human.Commit(message);
        Human.Git("push", "-q", "origin", "main");
        Work.Git("pull", "-q", "--ff-only", "origin", "main");
    }

    /// <summary>A human's commit on the release branch, pushed from the other clone; the edit is made by <paramref name="edit"/>.</summary>
    public string PushToReleaseBranch(string message, Action<TempGitRepository> edit)
    {
        Human.Git("fetch", "-q", "origin");
        Human.Git("checkout", "-q", "-B", Head, "origin/" + Head);
        edit(Human);
        var sha = Human.Commit(message);
        Human.Git("push", "-q", "origin", Head);
        return sha;
    }

    public string RemoteSha(string branch) => Remote.Git("rev-parse", "refs/heads/" + branch).Trim();

    public string RemoteFile(string branch, string path) => Remote.Git("show", $"refs/heads/{branch}:{path}");

    public StewardResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(string.Empty);
        var context = new CommandContext(output, error, input, false, Work.Root, TestEnvironment.Create(Environment), () => StewardRunner.FixedNow)
        {
            Clock = Clock,
        };
        var code = StewardCli.Run(args, context);
        return new StewardResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Human.Dispose();
        Work.Dispose();
        Remote.Dispose();
    }
}
