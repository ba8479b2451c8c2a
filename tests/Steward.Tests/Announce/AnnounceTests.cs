using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Announce;

/// <summary>
/// steward announce against loopback receivers: each kind's body, the webhook's signature, at most once per announcer
/// and tag (git notes, pushed), a rerun after a partial failure, --force, --strict, timeouts, a receiver that is down,
/// the when filter, --dry-run, release --announce, and secrets that never appear in any output.
/// </summary>
public sealed class AnnounceTests : IDisposable
{
    private const string Secret = "s3cret-signing-key";
    private const string Token = "mastodon-t0ken-value";

    private readonly ReleaseRepository project = new();
    private readonly LoopbackReceiver receiver = new();
    private readonly Dictionary<string, string?> environment;

    public AnnounceTests()
    {
        environment = new Dictionary<string, string?>
        {
            ["HOOK_URL"] = receiver.Address("hook/T0KEN-webhook"),
            ["HOOK_SECRET"] = Secret,
            ["SLACK_URL"] = receiver.Address("services/T0KEN-slack"),
            ["DISCORD_URL"] = receiver.Address("api/webhooks/1/T0KEN-discord"),
            ["TEAMS_URL"] = receiver.Address("workflows/T0KEN-teams"),
            ["MASTODON_URL"] = receiver.Address("mastodon"),
            ["MASTODON_TOKEN"] = Token,
        };
    }

    private TempGitRepository Work => project.Work;

    public void Dispose()
    {
        receiver.Dispose();
        project.Dispose();
    }

    private const string AllKinds = "announce:\n"
        + "  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n    secretEnv: HOOK_SECRET\n"
        + "  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n    template: \"{{project}} {{tag}} is out ({{previousVersion}} before)\"\n"
        + "  - name: discord\n    kind: discord\n    urlEnv: DISCORD_URL\n"
        + "  - name: teams\n    kind: teams\n    urlEnv: TEAMS_URL\n"
        + "  - name: toot\n    kind: mastodon\n    urlEnv: MASTODON_URL\n    tokenEnv: MASTODON_TOKEN\n    template: \"{{tag}} released\"\n";

    private void Configure(string yaml) => Work.WriteFile("steward.yml", "artifacts:\n  name: app\n" + yaml).Commit("chore: announcers");

    private StewardResult Announce(params string[] args) => Announce(environment, args);

    private StewardResult Announce(Dictionary<string, string?> env, params string[] args)
    {
        var result = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(env), ["announce", .. args]);
        foreach (var secret in new[] { "T0KEN", Secret, Token })
        {
            (result.Out + result.Error).Should().NotContain(secret, "secrets and webhook URLs are never printed");
        }

        return result;
    }

    private ReceivedRequest At(string path) => receiver.Requests.Single(r => r.Path.StartsWith(path, StringComparison.Ordinal));

    [Fact]
    public void Each_kind_gets_its_body_and_the_webhook_is_signed_with_HMAC_SHA256()
    {
        Configure(AllKinds);

        var result = Announce();

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("announce: slack 'chat': delivered v1.0.0 (HTTP 200)");
        receiver.Requests.Should().HaveCount(5);

        var hook = At("/hook/");
        hook.Signature.Should().Be("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(hook.Body))));
        hook.ContentType.Should().StartWith("application/json");
        using (var body = JsonDocument.Parse(hook.Body))
        {
            body.RootElement.GetProperty("event").GetString().Should().Be("release");
            body.RootElement.GetProperty("tag").GetString().Should().Be("v1.0.0");
            body.RootElement.GetProperty("version").GetString().Should().Be("1.0.0");
            body.RootElement.GetProperty("prerelease").GetBoolean().Should().BeFalse();
            body.RootElement.GetProperty("text").GetString().Should().StartWith("app v1.0.0 is released.");
        }

        JsonDocument.Parse(At("/services/").Body).RootElement.GetProperty("text").GetString().Should().Be("app v1.0.0 is out ( before)");
        JsonDocument.Parse(At("/api/webhooks/").Body).RootElement.GetProperty("content").GetString().Should().Contain("v1.0.0");
        JsonDocument.Parse(At("/workflows/").Body).RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0]
            .GetProperty("text").GetString().Should().Contain("v1.0.0");
        var toot = At("/mastodon/");
        toot.Path.Should().Be("/mastodon/api/v1/statuses");
        toot.Authorization.Should().Be("Bearer " + Token);
        toot.IdempotencyKey.Should().Be("steward-toot-v1.0.0");
        JsonDocument.Parse(toot.Body).RootElement.GetProperty("status").GetString().Should().Be("v1.0.0 released");

        var note = Work.Git("notes", "--ref=steward-announce", "show", "v1.0.0");
        note.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).Should().Equal("hook", "chat", "discord", "teams", "toot");
        note.Should().Contain("hook 2026-11-21T10:00:00Z 200");
        project.Remote.Git("notes", "--ref=steward-announce", "show", "v1.0.0").Should().Be(note, "the delivery records are pushed");
    }

    [Fact]
    public void A_partial_failure_keeps_the_journal_and_continue_sends_only_what_is_missing_and_force_resends()
    {
        using var failing = new LoopbackReceiver { Status = 503 };
        Configure("announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n");
        var env = new Dictionary<string, string?>(environment) { ["SLACK_URL"] = failing.Address("services/T0KEN-slack") };

        var first = Announce(env);

        first.ExitCode.Should().Be(0, "a failed announcer is a warning without --strict");
        first.Error.Should().Be("steward: warning: announce: slack 'chat' failed: HTTP 503; 'steward announce --continue' sends it ('--abort' gives it up)\n");
        receiver.Requests.Should().HaveCount(1);
        failing.Requests.Should().HaveCount(1);
        File.Exists(Path.Combine(Work.Root, ".git", "steward", "journal.json")).Should().BeTrue("the unsent step is kept for --continue");

        failing.Status = 200;
        var second = Announce(env, "--continue");

        second.ExitCode.Should().Be(0, second.Error);
        second.Out.Should().Contain("announce: slack 'chat': delivered v1.0.0 (HTTP 200)");
        receiver.Requests.Should().HaveCount(1, "the webhook had it already");
        failing.Requests.Should().HaveCount(2);
        File.Exists(Path.Combine(Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();

        var third = Announce(env);
        third.ExitCode.Should().Be(0, third.Error);
        third.Out.Should().Contain("announce: webhook 'hook': v1.0.0 was already delivered (--force sends it again)");
        receiver.Requests.Should().HaveCount(1);
        failing.Requests.Should().HaveCount(2, "both are recorded now");

        Announce(env, "--force").ExitCode.Should().Be(0);
        receiver.Requests.Should().HaveCount(2);
        failing.Requests.Should().HaveCount(3);
    }

    [Fact]
    public void With_strict_a_receiver_that_is_down_fails_the_run_and_the_address_is_never_shown()
    {
        Configure("announce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n");
        var env = new Dictionary<string, string?>(environment) { ["SLACK_URL"] = LoopbackReceiver.Down() };

        var result = Announce(env, "--strict", "--json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().EndWith("steward: error: announcing v1.0.0: slack 'chat' failed: could not deliver (ConnectionError) (--strict); run 'steward announce --continue' to send only what was not sent\n");
        using var json = JsonDocument.Parse(result.Out);
        var chat = json.RootElement.GetProperty("announcers")[0];
        chat.GetProperty("status").GetString().Should().Be("failed");
        chat.GetProperty("reason").GetString().Should().Be("could not deliver (ConnectionError)");
        Work.Git("notes", "--ref=steward-announce", "list").Should().BeEmpty("nothing was delivered");
    }

    [Fact]
    public void A_receiver_that_does_not_answer_in_time_is_a_failure_reported_as_a_timeout()
    {
        receiver.Delay = TimeSpan.FromSeconds(20);
        Configure("announce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n    timeout: 1s\n");
        var started = DateTime.UtcNow;

        var result = Announce("--strict");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("slack 'chat' failed: no answer within 1 s");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(15), "the per-call timeout stops the wait");
    }

    [Fact]
    public void A_server_error_with_strict_is_exit_1_with_its_HTTP_status()
    {
        receiver.Status = 500;
        Configure("announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n    secretEnv: HOOK_SECRET\n");

        var result = Announce("--strict");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("webhook 'hook' failed: HTTP 500");
    }

    [Fact]
    public void The_when_filter_sends_prereleases_only_where_asked()
    {
        Configure("announce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n  - name: testers\n    kind: discord\n    urlEnv: DISCORD_URL\n    when: prerelease\n");
        Work.Tag("v1.1.0-rc.1");

        var result = Announce("--tag", "v1.1.0-rc.1");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("announce: slack 'chat': skipped (when: stable, and v1.1.0-rc.1 is a prerelease)");
        receiver.Requests.Select(r => r.Path).Should().Equal("/api/webhooks/1/T0KEN-discord");
    }

    [Fact]
    public void A_dry_run_prints_the_messages_and_sends_and_records_nothing()
    {
        Configure(AllKinds);
        var before = Work.Snapshot();

        var result = Announce("--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("steps:\n  announce: v1.0.0 to webhook 'hook' (unless its delivery is recorded)\n  announce: v1.0.0 to slack 'chat' (unless its delivery is recorded)\n");
        result.Out.Should().Contain("announce: slack 'chat': would send v1.0.0:\n    app v1.0.0 is out ( before)\n");
        receiver.Requests.Should().BeEmpty();
        Work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_missing_variable_fails_that_announcer_only_and_names_the_variable()
    {
        Configure("announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n    secretEnv: NOT_SET\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n");

        var result = Announce();

        result.ExitCode.Should().Be(0);
        result.Error.Should().Be("steward: warning: announce: webhook 'hook' failed: environment variable NOT_SET is not set; 'steward announce --continue' sends it ('--abort' gives it up)\n");
        receiver.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData("announce:\n  - name: chat\n    kind: slak\n    urlEnv: X\n", "steward.yml: announce 'chat': kind 'slak' is not known; use webhook, slack, discord, teams, mastodon")]
    [InlineData("announce:\n  - name: toot\n    kind: mastodon\n    urlEnv: X\n", "steward.yml: announce 'toot': tokenEnv is missing; name the environment variable that holds it (secrets never go in the file)")]
    [InlineData("announce:\n  - name: chat\n    kind: slack\n    urlEnv: X\n    when: sometimes\n", "steward.yml: announce 'chat': when 'sometimes' is not known; use stable, prerelease or always")]
    public void A_bad_announcer_is_exit_2_naming_it(string yaml, string error)
    {
        Configure(yaml);

        var result = Announce();

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: {error}\n");
    }

    [Fact]
    public void Release_with_announce_announces_the_new_release()
    {
        Configure("announce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n    template: \"{{tag}} after {{previousVersion}}\"\n");

        var result = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), "release", "--push", "--announce");

        result.ExitCode.Should().Be(0, result.Error);
        JsonDocument.Parse(At("/services/").Body).RootElement.GetProperty("text").GetString().Should().Be("v1.1.0 after 1.0.0");
        project.Remote.Git("notes", "--ref=steward-announce", "show", "v1.1.0").Should().StartWith("chat ");
    }

    [Fact]
    public void Release_with_announce_plans_one_announce_step_per_announcer_after_the_push()
    {
        Configure("announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n");

        var text = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), "release", "--push", "--announce", "--dry-run");
        var json = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), "release", "--push", "--announce", "--dry-run", "--json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Out.Should().Contain("  git push --atomic --porcelain -- origin HEAD:refs/heads/main refs/tags/v1.1.0\n"
            + "  announce: v1.1.0 to webhook 'hook' (unless its delivery is recorded)\n"
            + "  announce: v1.1.0 to slack 'chat' (unless its delivery is recorded)\n");
        json.ExitCode.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var steps = document.RootElement.GetProperty("steps").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "announce").ToList();
        steps.Select(e => (e.GetProperty("announcer").GetString(), e.GetProperty("announcerKind").GetString(), e.GetProperty("tag").GetString()))
            .Should().Equal(("hook", "webhook", "v1.1.0"), ("chat", "slack", "v1.1.0"));
        (text.Out + json.Out).Should().NotContain("T0KEN");
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Release_with_announce_and_a_failing_announcer_is_released_with_a_warning_and_a_rerun_sends_only_what_is_missing()
    {
        using var failing = new LoopbackReceiver { Status = 503 };
        Configure("announce:\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n");
        var env = new Dictionary<string, string?>(environment) { ["SLACK_URL"] = failing.Address("services/T0KEN-slack") };

        var result = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(env), "release", "--push", "--announce");

        result.ExitCode.Should().Be(0, "a failed announcer does not fail the release without --strict");
        result.Error.Should().Be("steward: warning: announce: slack 'chat' failed: HTTP 503; a rerun sends it\n");
        project.Remote.Git("tag", "--list").Should().Contain("v1.1.0");
        File.Exists(Path.Combine(Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
        receiver.Requests.Should().HaveCount(1);

        failing.Status = 200;
        var rerun = Announce(env, "--tag", "v1.1.0");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        receiver.Requests.Should().HaveCount(1, "the webhook's delivery is recorded");
        failing.Requests.Should().HaveCount(2);
    }

    [Fact]
    public void Release_with_announce_and_no_announcers_is_refused_before_anything_is_written()
    {
        var head = Work.Git("rev-parse", "HEAD");

        var result = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), "release", "--push", "--announce");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml has no announcers; add them under 'announce' (see docs/announce.md)\n");
        Work.Git("rev-parse", "HEAD").Should().Be(head);
        project.Remote.Git("tag", "--list").Should().NotContain("v1.1.0");
    }
}
