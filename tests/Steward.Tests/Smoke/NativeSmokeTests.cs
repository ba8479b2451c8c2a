using System.Runtime.CompilerServices;
using Steward.Tests.Support;

namespace Steward.Tests.Smoke;

/// <summary>
/// Every verb at least once through the real binary, as its own process: <c>dotnet steward.dll</c> in an ordinary test
/// run, the Native AOT build when .ci/run sets <c>STEWARD_TEST_BINARY</c> and filters on <c>Category=Smoke</c>. A path
/// that works under the JIT but not native (a trimmed type, reflection, a template the interpreter renders differently)
/// fails here. Dates are not asserted: the process runs on the real clock.
/// </summary>
[Trait("Category", "Smoke")]
public sealed class NativeSmokeTests
{
    [Fact]
    public void The_version_verbs_answer()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.4.0\n").Commit("feat: start");

        Run(repo, "--version").Out.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
        Run(repo, "--help").Out.Should().Contain("Commands:").And.Contain("release");
        Run(repo, "version").Out.Should().Be("1.4.0\n");
        Run(repo, "version", "bump", "minor").Out.Should().Be("1.5.0\n");
        repo.ReadFile("VERSION").Should().Be("1.5.0\n");
        Run(repo, "version", "set", "2.0.0-rc.1").ExitCode.Should().Be(0);
        Run(repo, "version", "convert", "2.0.0-rc.1", "--to", "pep440").Out.Should().Be("2.0.0rc1\n");
        Run(repo, "version", "compare", "1.0.0", "2.0.0").Out.Should().Be("-1\n");
        Run(repo, "version", "sort", "1.10.0", "1.2.0", "1.2.0-rc.1").Out.Should().Be("1.2.0-rc.1\n1.2.0\n1.10.0\n");
        Run(repo, "version", "validate", "1.2.3").ExitCode.Should().Be(0);
        Run(repo, "version", "validate", "1.2").ExitCode.Should().NotBe(0);
    }

    [Fact]
    public void The_history_verbs_read_a_real_history()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n").Commit("feat: first");
        repo.Tag("v0.1.0");
        repo.WriteFile("a.txt", "a\n").Commit("feat(api): add a");
        repo.WriteFile("b.txt", "b\n").Commit("fix: b");

        Run(repo, "next").Out.Should().Be("0.2.0\n");
        var log = Run(repo, "log", "--json");
        log.ExitCode.Should().Be(0);
        log.Out.Should().Contain("\"bump\": \"minor\"").And.Contain("add a");

        repo.WriteFile(".git/good-msg", "feat: ok\n").WriteFile(".git/bad-msg", "bad message\n");
        Run(repo, "lint", "--message-file", repo.FullPath(".git/good-msg")).ExitCode.Should().Be(0);
        var bad = Run(repo, "lint", "--message-file", repo.FullPath(".git/bad-msg"));
        bad.ExitCode.Should().Be(1);
        bad.Out.Should().Contain("header-format");

        // The test environment points core.hooksPath at /dev/null; the hook goes where git looks without it.
        var withoutHooksPath = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GIT_CONFIG_COUNT"] = "3" };
        ProcessRunner.RunWith(repo.Root, withoutHooksPath, null, "hooks", "install").ExitCode.Should().Be(0);
        File.Exists(repo.FullPath(".git/hooks/commit-msg")).Should().BeTrue();
    }

    [Fact]
    public void Propagate_rewrites_every_detected_file_kind_as_the_golden_pairs_say()
    {
        // The golden pairs of Steward.Core.Tests, each in a directory of its own, all propagated to 1.2.0-rc.1 in one run.
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.2.0-rc.1\n");
        var pairs = Directory.EnumerateDirectories(GoldenPropagateDirectory()).ToList();
        pairs.Should().NotBeEmpty();
        foreach (var pair in pairs)
        {
            var input = Directory.EnumerateFiles(pair).Single(f => !f.EndsWith(".expected", StringComparison.Ordinal));
            repo.WriteBytes($"{Path.GetFileName(pair)}/{Path.GetFileName(input)}", File.ReadAllBytes(input));
        }

        repo.Commit("chore: every kind");
        Run(repo, "check").ExitCode.Should().Be(1, "the targets are still at their old versions");

        var result = Run(repo, "propagate");
        result.ExitCode.Should().Be(0, result.Error);
        foreach (var pair in pairs)
        {
            var input = Directory.EnumerateFiles(pair).Single(f => !f.EndsWith(".expected", StringComparison.Ordinal));
            var written = File.ReadAllBytes(repo.FullPath($"{Path.GetFileName(pair)}/{Path.GetFileName(input)}"));
            written.Should().Equal(File.ReadAllBytes(input + ".expected"), $"{Path.GetFileName(pair)} matches its golden file");
        }

        Run(repo, "check").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Init_writes_a_config_that_loads_and_a_bad_key_is_named_with_its_line()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n").WriteFile("package.json", "{\n  \"name\": \"x\",\n  \"version\": \"0.1.0\"\n}\n").Commit("feat: first");

        Run(repo, "init").ExitCode.Should().Be(0);
        File.Exists(repo.FullPath("steward.yml")).Should().BeTrue();
        Run(repo, "check").ExitCode.Should().Be(0);

        // Every section of steward.yml goes through the generated deserializer.
        repo.WriteFile("steward.yml", """
            tagPrefix: api-v
            propagate:
              targets:
                - path: package.json
                  key: version
                  format: json
            commits:
              types:
                improvement: minor
            changelog:
              showScope: false
              titles:
                features: New
              hiddenTypes: [chore]
              links:
                remote: https://example.com/r
            release:
              branches: [main]
              gates:
                - name: ok
                  command: [git, --version]
            flow:
              remote: origin
              sync:
                - branch: cloud
                  from: main
            artifacts:
              images:
                - name: ghcr.io/x/y
            """).Commit("chore: config");
        var next = Run(repo, "next");
        next.ExitCode.Should().Be(0, next.Error);
        repo.Tag("api-v0.1.0");
        repo.WriteFile("c.txt", "c\n").Commit("feat: c");
        Run(repo, "log", "--json").Out.Should().Contain("\"from\": \"api-v0.1.0\"", "tagPrefix came from steward.yml");

        repo.WriteFile("steward.yml", "tagPrefix: v\n\nchangelog:\n  shwScope: false\n");
        var error = Run(repo, "next");
        error.ExitCode.Should().Be(2);
        error.Error.Should().Be("steward: error: steward.yml:4: unknown key 'shwScope'; did you mean 'showScope'?\n");
    }

    [Fact]
    public void A_release_with_a_custom_template_pushes_to_a_bare_remote_and_the_verbs_after_it_read_it()
    {
        using var remote = TempGitRepository.Create(bare: true);
        using var repo = TempGitRepository.Create();
        repo.Git("remote", "add", "origin", remote.Root);
        repo.WriteFile("VERSION", "0.1.0\n").WriteFile("Cargo.toml", "[package]\nname = \"x\"\nversion = \"0.1.0\"\n").Commit("feat: first");
        repo.Tag("v0.1.0");
        repo.Git("push", "-q", "origin", "main", "v0.1.0");
        repo.WriteFile("changelog.hbs", "{{#each nonEmptySections}}## {{title}}\n{{#each entries}}- {{description}}\n{{/each}}{{/each}}")
            .WriteFile("steward.yml", "changelog:\n  template: changelog.hbs\nflow:\n  sync:\n    - branch: cloud\n      from: main\nartifacts:\n  images:\n    - name: ghcr.io/x/y\n")
            .Commit("chore: config");
        repo.WriteFile("a.txt", "a\n").Commit("feat(api): add a");
        repo.WriteFile("b.txt", "b\n").Commit("fix: mend b");
        repo.Git("branch", "cloud", "v0.1.0");

        var dryRun = Run(repo, "changelog", "--dry-run");
        dryRun.ExitCode.Should().Be(0);
        dryRun.Out.Should().Contain("+## Features\n+- add a\n").And.Contain("+## Bug Fixes\n+- mend b\n");
        Run(repo, "notes", "--template", "full").Out.Should().Contain("add a").And.Contain("mend b");
        Run(repo, "notes", "--template", "keepachangelog").Out.Should().Contain("add a");

        var release = Run(repo, "release", "--push", "--json");
        release.ExitCode.Should().Be(0, release.Error);
        release.Out.Should().Contain("\"version\": \"0.2.0\"").And.Contain("\"pushed\": true");
        remote.Git("tag", "--list").Should().Contain("v0.2.0");
        repo.ReadFile("Cargo.toml").Should().Contain("version = \"0.2.0\"");
        repo.ReadFile("CHANGELOG.md").Should().Contain("- add a\n");

        // An --out outside the repository is allowed when typed on the command line (never from a committed file).
        var dist = Directory.CreateTempSubdirectory("steward-smoke-dist-");
        try
        {
            Run(repo, "artifacts", "--out", dist.FullName).ExitCode.Should().Be(0);
            Directory.EnumerateFiles(dist.FullName).Select(Path.GetFileName).Should().Contain("SHA256SUMS");
        }
        finally
        {
            dist.Delete(recursive: true);
        }

        Run(repo, "images").Out.Should().Contain("ghcr.io/x/y:0.2.0");
        Run(repo, "support", "--json").Out.Should().Contain("\"policy\"");
        Run(repo, "rollback").Out.Should().Contain("v0.1.0");

        // The release has already synced cloud (flow.sync); a rerun finds it up to date.
        var sync = Run(repo, "sync");
        sync.ExitCode.Should().Be(0, sync.Error);
        repo.Git("rev-parse", "cloud").Should().Be(repo.Git("rev-parse", "main"));

        // A fix backported onto line 0.x (its branch created from v0.2.0), planned only.
        repo.WriteFile("c.txt", "c\n").Commit("fix: mend c");
        var backport = Run(repo, "backport", "HEAD", "--lines", "all", "--push", "--advisory", "CVE-2026-12345", "--dry-run", "--json");
        backport.ExitCode.Should().Be(0, backport.Error);
        backport.Out.Should().Contain("\"branch\": \"release/0.x\"").And.Contain("\"role\": \"push\"").And.Contain("CVE-2026-12345");

        // The release report: one page (Markdig's HTML renderer and the report's source-generated JSON, natively too).
        var report = Run(repo, "report", "--json");
        report.ExitCode.Should().Be(0, report.Error);
        report.Out.Should().Contain("\"file\": \"release-report/index.html\"").And.Contain("\"version\": \"0.2.0\"");
        repo.ReadFile("release-report/index.html").Should().Contain("data-version=\"0.2.0\"").And.Contain("Content-Security-Policy");
    }

    [Fact]
    public void A_feature_goes_through_git_flow()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n").Commit("feat: first");
        repo.Tag("v0.1.0");

        Run(repo, "flow", "init").ExitCode.Should().Be(0);
        Run(repo, "flow", "feature", "start", "login").ExitCode.Should().Be(0);
        repo.WriteFile("login.txt", "x\n").Commit("feat: login");
        var finish = Run(repo, "flow", "feature", "finish", "login");
        finish.ExitCode.Should().Be(0, finish.Error);
        repo.Git("log", "--format=%s", "develop").Should().Contain("feat: login");
    }

    [Fact]
    public void Freeze_status_reads_the_freeze_file_and_the_environment_and_release_refuses_with_exit_4()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n").Commit("feat: first");
        repo.Tag("v0.1.0");
        repo.WriteFile(".steward/freeze.yml", "windows:\n  - start: 2099-12-20\n    end: 2099-12-31\n    reason: far away\n").Commit("feat: freeze");

        Run(repo, "freeze", "status").ExitCode.Should().Be(0, "the window is in 2099 and the process runs on the real clock");
        var json = Run(repo, "freeze", "status", "--json", "--at", "2099-12-24");
        json.ExitCode.Should().Be(4);
        json.Out.Should().Contain("\"frozen\": true").And.Contain("\"reason\": \"far away\"");
        var frozen = new Dictionary<string, string?>(StringComparer.Ordinal) { ["STEWARD_FREEZE"] = "smoke" };
        var release = ProcessRunner.RunWith(repo.Root, frozen, null, "release");
        release.ExitCode.Should().Be(4);
        release.Error.Should().Contain("steward: frozen: release on 'main' refused").And.Contain("STEWARD_FREEZE: smoke");
    }

    [Fact]
    public void Announce_posts_a_signed_webhook_to_a_loopback_receiver_and_records_it()
    {
        using var receiver = new Announce.LoopbackReceiver();
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n")
            .WriteFile("steward.yml", "announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n    secretEnv: HOOK_SECRET\n    when: always\n")
            .Commit("feat: first");
        repo.Tag("v0.1.0");
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["HOOK_URL"] = receiver.Address("hook/T0KEN"), ["HOOK_SECRET"] = "smoke-secret" };

        var result = ProcessRunner.RunWith(repo.Root, environment, null, "announce", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\"status\": \"delivered\"").And.NotContain("T0KEN");
        var request = receiver.Requests.Should().ContainSingle().Subject;
        request.Signature.Should().Be("sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("smoke-secret"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes(request.Body))));
        repo.Git("notes", "--ref=steward-announce", "show", "v0.1.0").Should().StartWith("hook ");
    }

    [Fact]
    public void Init_ci_writes_a_workflow_for_each_forge()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.1.0\n").Commit("feat: first");

        foreach (var (forge, path) in new[] { ("github", ".github/workflows/steward.yml"), ("gitea", ".gitea/workflows/steward.yml"), ("gitlab", ".gitlab-ci.yml") })
        {
            var result = Run(repo, "init", "--ci", forge);
            result.ExitCode.Should().Be(0, result.Error);
            repo.ReadFile(path).Should().Contain("steward release --push");
        }
    }

    [Fact]
    public async Task A_release_is_published_on_a_forge_and_the_forge_checked()
    {
        await using var github = await Forge.FakeGitHub.StartAsync();
        using var fixture = Forge.PublishFixture.Create(github.Url);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = Forge.FakeGitHub.Token };

        var dryRun = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "publish", "--dry-run", "--json");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Contain("\"action\": \"create-draft\"");
        var publish = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "publish");
        publish.ExitCode.Should().Be(0, publish.Error);
        github.Releases.Should().ContainSingle().Which.Assets.Should().HaveCount(2);
        var doctor = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "forge", "doctor");
        doctor.ExitCode.Should().Be(0, doctor.Out + doctor.Error);
        doctor.Out.Should().Contain("the token may write releases").And.NotContain(Forge.FakeGitHub.Token);
    }

    [Fact]
    public async Task A_release_pull_request_is_opened_and_planned()
    {
        await using var github = await Forge.FakeGitHub.StartAsync();
        using var fixture = PullRequests.PullRequestFixture.Create(github.Url);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = Forge.FakeGitHub.Token };

        var dryRun = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "pr", "--dry-run", "--json");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Contain("\"action\": \"create\"");
        var pr = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "pr");
        pr.ExitCode.Should().Be(0, pr.Error);
        github.Pulls.Should().ContainSingle().Which.Title.Should().Be("chore(main): release 1.1.0");
    }

    private static StewardResult Run(TempGitRepository repo, params string[] args) => ProcessRunner.RunWith(repo.Root, null, null, args);

    private static string GoldenPropagateDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Steward.Core.Tests", "Golden", "Propagate");
}
