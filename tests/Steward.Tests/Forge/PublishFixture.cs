using Steward.Cli;
using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Forge;

/// <summary>
/// A released repository (v1.0.0 tagged and pushed to a local bare remote, with a CHANGELOG.md entry) whose
/// steward.yml points steward publish at a fake forge, two artifacts in dist/, and an in-process runner with the
/// forge token in the environment and a <see cref="RecordingClock"/>.
/// </summary>
internal sealed class PublishFixture : IDisposable
{
    public const string Changelog = "# Changelog\n\n## [1.0.0] - 2026-11-20\n\n### Features\n\n- first\n";

    private PublishFixture(TempGitRepository remote, TempGitRepository work, string api, string type)
    {
        Remote = remote;
        Work = work;
        Api = api;
        Type = type;
    }

    public TempGitRepository Remote { get; }

    public TempGitRepository Work { get; }

    public string Api { get; }

    /// <summary>forge.type in steward.yml: github, gitlab or gitea.</summary>
    public string Type { get; }

    public RecordingClock Clock { get; } = new();

    /// <summary>Runs as if standard error were a terminal (upload progress lines).</summary>
    public bool ErrorIsTerminal { get; set; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = FakeGitHub.Token };

    public static PublishFixture Create(string api, string extraConfig = "", string type = "github")
    {
        var (remote, work) = FlowFixture.WithRemote();
        var fixture = new PublishFixture(remote, work, api, type);
        fixture.WriteConfig(extraConfig);
        work.WriteFile("dist/demo-v1.0.0.tar.gz", "archive bytes\n");
        work.WriteFile("dist/SHA256SUMS", "sums\n");
        return fixture;
    }

    /// <summary>A fixture that publishes to the fake GitLab, with GitLab's token (GITLAB_TOKEN) and no GitHub token.</summary>
    public static PublishFixture ForGitLab(FakeGitLab gitlab, string extraConfig = "") =>
        Create(gitlab.Api, extraConfig, "gitlab").WithToken("GITLAB_TOKEN", FakeGitLab.Token);

    /// <summary>A fixture that publishes to the fake Gitea, with Gitea's token (GITEA_TOKEN) and no GitHub token.</summary>
    public static PublishFixture ForGitea(FakeGitea gitea, string extraConfig = "") =>
        Create(gitea.Api, extraConfig, "gitea").WithToken("GITEA_TOKEN", FakeGitea.Token);

    public void WriteConfig(string extra = "", string? repository = "acme/demo") =>
        Work.WriteFile("steward.yml", $"forge:\n  type: {Type}\n  api: {Api}\n{(repository is null ? string.Empty : $"  repository: {repository}\n")}{extra}");

    /// <summary>A release after v1.0.0, tagged and pushed (with <paramref name="push"/>).</summary>
    public void Release(string tag, bool push = true)
    {
        Work.WriteFile("app.txt", tag + "\n");
        Work.Commit($"feat: {tag}");
        Work.Tag(tag);
        if (push)
        {
            Work.Git("push", "-q", "origin", "main", tag);
        }
    }

    private PublishFixture WithToken(string variable, string token)
    {
        Environment.Remove("GITHUB_TOKEN");
        Environment[variable] = token;
        return this;
    }

    public StewardResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(string.Empty);
        var context = new CommandContext(output, error, input, false, Work.Root, TestEnvironment.Create(Environment), () => StewardRunner.FixedNow)
        {
            Clock = Clock,
            ErrorIsTerminal = ErrorIsTerminal,
        };
        var code = StewardCli.Run(args, context);
        return new StewardResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Work.Dispose();
        Remote.Dispose();
    }
}
