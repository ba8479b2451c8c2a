using System.Text.Json;
using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Announce;

/// <summary>
/// steward announce as a plan on the engine: the dry run lists the announce steps the run then takes, a failed
/// delivery keeps the journal, --continue sends only what was not sent (counted on the receivers), --abort clears the
/// journal and says what had been sent.
/// </summary>
public sealed class AnnouncePlanTests : IDisposable
{
    private const string TwoAnnouncers = "announce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n  - name: hook\n    kind: webhook\n    urlEnv: HOOK_URL\n";

    private readonly ReleaseRepository project = new();
    private readonly LoopbackReceiver receiver = new();
    private readonly LoopbackReceiver failing = new() { Status = 503 };
    private readonly Dictionary<string, string?> environment;

    public AnnouncePlanTests()
    {
        environment = new Dictionary<string, string?>
        {
            ["HOOK_URL"] = receiver.Address("hook/T0KEN-webhook"),
            ["SLACK_URL"] = failing.Address("services/T0KEN-slack"),
        };
        project.Work.WriteFile("steward.yml", "artifacts:\n  name: app\n" + TwoAnnouncers).Commit("chore: announcers");
    }

    private TempGitRepository Work => project.Work;

    private string JournalPath => Path.Combine(Work.Root, ".git", "steward", "journal.json");

    public void Dispose()
    {
        receiver.Dispose();
        failing.Dispose();
        project.Dispose();
    }

    private StewardResult Announce(params string[] args)
    {
        var result = StewardRunner.Run(Work.Root, null, TestEnvironment.Create(environment), ["announce", .. args]);
        (result.Out + result.Error).Should().NotContain("T0KEN", "webhook URLs are never printed");
        return result;
    }

    [Fact]
    public void The_dry_run_lists_exactly_the_steps_the_run_takes()
    {
        failing.Status = 200;

        var text = Announce("--dry-run");
        var json = Announce("--dry-run", "--json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Out.Should().StartWith("steps:\n  announce: v1.0.0 to slack 'chat' (unless its delivery is recorded)\n  announce: v1.0.0 to webhook 'hook' (unless its delivery is recorded)\n");
        text.Out.Should().EndWith("dry run: nothing was changed\n");
        json.ExitCode.Should().Be(0, json.Error);
        List<(string?, string?, string?)> planned;
        using (var document = JsonDocument.Parse(json.Out))
        {
            document.RootElement.GetProperty("verb").GetString().Should().Be("announce");
            document.RootElement.GetProperty("dryRun").GetBoolean().Should().BeTrue();
            var steps = document.RootElement.GetProperty("steps").EnumerateArray().ToList();
            steps.Select(s => s.GetProperty("kind").GetString()).Should().Equal("announce", "announce");
            planned = [.. steps.Select(s => (s.GetProperty("announcer").GetString(), s.GetProperty("announcerKind").GetString(), s.GetProperty("tag").GetString()))];
        }

        receiver.Requests.Should().BeEmpty();
        failing.Requests.Should().BeEmpty();
        File.Exists(JournalPath).Should().BeFalse();

        var run = Announce("--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        report.RootElement.GetProperty("announcers").EnumerateArray()
            .Select(a => ((string?)a.GetProperty("name").GetString(), (string?)a.GetProperty("kind").GetString(), (string?)a.GetProperty("tag").GetString()))
            .Should().Equal(planned, "the run takes the steps the dry run listed, in order");
        failing.Requests.Should().ContainSingle();
        receiver.Requests.Should().ContainSingle();
    }

    [Fact]
    public void A_failed_channel_keeps_the_journal_and_continue_sends_it_without_resending_the_other()
    {
        var first = Announce();

        first.ExitCode.Should().Be(0, "a failed announcer is a warning without --strict");
        first.Error.Should().Be("steward: warning: announce: slack 'chat' failed: HTTP 503; 'steward announce --continue' sends it ('--abort' gives it up)\n");
        first.Out.Should().Contain("announce: webhook 'hook': delivered v1.0.0 (HTTP 200)");
        failing.Requests.Should().HaveCount(1);
        receiver.Requests.Should().HaveCount(1, "the other channel was still sent");
        File.Exists(JournalPath).Should().BeTrue();

        var refused = Announce();
        refused.ExitCode.Should().Be(1, "a new run is refused while one is interrupted");
        refused.Error.Should().Be("steward: error: an announce of v1.0.0 was interrupted (journal.json in the git directory); run 'steward announce --continue' to finish it, or 'steward announce --abort' to put the repository back as it was before it\n");
        failing.Requests.Should().HaveCount(1);

        failing.Status = 200;
        var resumed = Announce("--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Contain("announce: slack 'chat': delivered v1.0.0 (HTTP 200)");
        resumed.Out.Should().Contain("announce: webhook 'hook': v1.0.0 was already delivered");
        failing.Requests.Should().HaveCount(2);
        receiver.Requests.Should().HaveCount(1, "the message already sent is not sent twice");
        File.Exists(JournalPath).Should().BeFalse();
        Work.Git("notes", "--ref=steward-announce", "show", "v1.0.0").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')[0]).Should().BeEquivalentTo("hook", "chat");
    }

    [Fact]
    public void With_strict_a_failed_channel_is_exit_1_and_the_journal_stays_for_continue()
    {
        var first = Announce("--strict");

        first.ExitCode.Should().Be(1);
        first.Error.Should().EndWith("steward: error: announcing v1.0.0: slack 'chat' failed: HTTP 503 (--strict); run 'steward announce --continue' to send only what was not sent\n");
        File.Exists(JournalPath).Should().BeTrue();

        failing.Status = 200;
        Announce("--continue", "--strict").ExitCode.Should().Be(0);
        failing.Requests.Should().HaveCount(2);
        receiver.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void Abort_clears_the_journal_and_says_what_was_already_sent()
    {
        Announce().ExitCode.Should().Be(0);

        var aborted = Announce("--abort");

        aborted.ExitCode.Should().Be(0, aborted.Error);
        aborted.Out.Should().Be("aborted the interrupted announce of v1.0.0: a message sent cannot be taken back\n"
            + "  sent: webhook 'hook' (v1.0.0)\n"
            + "  not sent: slack 'chat' (v1.0.0)\n");
        File.Exists(JournalPath).Should().BeFalse();
        Announce("--continue").ExitCode.Should().Be(2, "there is nothing left to continue");
        failing.Requests.Should().HaveCount(1);
        receiver.Requests.Should().HaveCount(1);
    }
}
