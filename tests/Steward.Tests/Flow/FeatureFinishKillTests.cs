using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// `flow feature finish --push` killed for real at each of its steps (the switch, the merge, the branch deletion,
/// before, during and after the push): --abort ends exactly as before (or, once the remote has the push, undoes
/// nothing), and --continue ends fully finished.
/// </summary>
public sealed class FeatureFinishKillTests : IDisposable
{
    private const string Kill = "kill -9 \"$(awk '{print $4}' /proc/$PPID/stat)\"\n";

    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly string hooks;

    public FeatureFinishKillTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
        StewardRunner.Run(work.Root, "flow", "feature", "start", "login").ExitCode.Should().Be(0);
        work.Commit("feat: login");
        work.Git("push", "-q", "origin", "feature/login");
        hooks = Path.Combine(work.Root, ".git", "kill-hooks");
        Directory.CreateDirectory(hooks);
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    public static TheoryData<string, string, bool> Kills => new()
    {
        { "post-checkout", Kill, false },
        { "post-merge", Kill, false },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q '^[0-9a-f]* 0\\{40\\} refs/heads/feature/login$' && " + Kill + "exit 0\n", false },
        { "pre-push", Kill + "exit 1\n", false },
        { "pre-push", Kill + "exit 0\n", true },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/remotes/origin/develop$' && " + Kill + "exit 0\n", true },
    };

    [Theory]
    [MemberData(nameof(Kills))]
    public void Abort_after_a_kill_ends_exactly_as_before_or_says_the_push_arrived(string hook, string script, bool arrived)
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        KillFinish(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);
        var abort = ProcessRunner.Run(work.Root, null, "flow", "feature", "finish", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        if (arrived)
        {
            abort.Out.Should().StartWith("Nothing undone for 'flow feature finish' of feature/login");
            remote.Git("branch", "--list", "feature/login").Should().BeEmpty();
            return;
        }

        abort.Out.Should().Be("Aborted 'flow feature finish' of feature/login: every branch and tag is back where it was.\n");
        work.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }

    [Theory]
    [MemberData(nameof(Kills))]
    public void Continue_after_a_kill_finishes_everything_once(string hook, string script, bool arrived)
    {
        var feature = FlowFixture.Sha(work, "feature/login");
        KillFinish(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);

        var resumed = ProcessRunner.Run(work.Root, null, "flow", "feature", "finish", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().EndWith("Pushed develop, deletion of feature/login to origin\n", "the steps from the one the kill interrupted are run (and said) once");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        work.Git("rev-parse", "develop^2").Trim().Should().Be(feature);
        work.Git("branch", "--list", "feature/*").Should().BeEmpty();
        work.Git("status", "--porcelain").Should().BeEmpty();
        remote.Git("rev-parse", "develop").Should().Be(work.Git("rev-parse", "develop"));
        remote.Git("branch", "--list", "feature/*").Should().BeEmpty();
    }

    private void WaitIf(bool arrived)
    {
        // The push goes on without Steward after the kill; wait for it (a local push takes a fraction of a second).
        for (var i = 0; arrived && i < 600 && remote.Git("branch", "--list", "feature/login").Length > 0; i++)
        {
            Thread.Sleep(100);
        }
    }

    private StewardResult KillFinish(string hook, string script)
    {
        var path = Path.Combine(hooks, hook);
        File.WriteAllText(path, "#!/bin/sh\n" + script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return ProcessRunner.RunWith(work.Root, new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }, null, "flow", "feature", "finish", "--push");
    }
}
