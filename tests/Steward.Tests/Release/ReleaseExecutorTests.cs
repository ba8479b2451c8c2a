using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;
using Steward.Releasing;
using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>
/// The engine applying a release plan: a failure injected after any step, a hook that fails, a rejected push and a
/// killed process all leave the work tree, index, HEAD, tags and remote exactly as they were.
/// </summary>
public sealed class ReleaseExecutorTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository repo;

    public ReleaseExecutorTests()
    {
        var copies = RepositoryTemplates.Copy("release executor", Build);
        remote = copies[0];
        repo = copies[1];
    }

    public void Dispose()
    {
        repo.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Applies_files_commit_annotated_tag_with_notes_and_pushes_atomically()
    {
        var result = Apply(Executor(), Plan(push: true), new Dictionary<string, string>());

        result.Pushed.Should().BeTrue();
        repo.ReadFile("VERSION").Should().Be("1.1.0\n");
        repo.Git("log", "-1", "--format=%s").Trim().Should().Be("chore(release): 1.1.0");
        repo.Git("show", "--stat", "--format=", "HEAD").Should().Contain("VERSION").And.Contain("app/__init__.py");
        repo.Git("cat-file", "-t", "v1.1.0").Trim().Should().Be("tag");
        repo.Git("tag", "-l", "--format=%(contents)", "v1.1.0").Should().Be("## Features\n\n- more\n\n", "Markdown headings survive as the tag message");
        remote.Git("rev-parse", "refs/tags/v1.1.0^{commit}").Should().Be(remote.Git("rev-parse", "refs/heads/main"));
        File.Exists(Executor().Store.Path).Should().BeFalse();
        repo.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Theory]
    [InlineData("journal")]
    [InlineData("files")]
    [InlineData("commit")]
    [InlineData("tag")]
    public void A_failure_after_any_step_before_the_push_puts_everything_back(string step)
    {
        repo.WriteFile("VERSION", "1.1.0\n"); // the hand-edited VERSION flow: uncommitted, and it must stay so
        var before = repo.Snapshot();
        var remoteBefore = remote.Snapshot();
        var executor = Executor(afterStep: s =>
        {
            if (s == step)
            {
                throw new StewardException(FailureKind.OperationFailed, $"injected after {s}");
            }
        });

        var act = () => Apply(executor, Plan(push: true), new Dictionary<string, string>());

        act.Should().Throw<StewardException>().WithMessage($"injected after {step}");
        repo.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
        File.Exists(executor.Store.Path).Should().BeFalse();
    }

    [Theory]
    [InlineData("files")]
    [InlineData("commit")]
    [InlineData("tag")]
    public void A_kill_between_steps_is_undone_from_the_journal(string step)
    {
        var before = repo.Snapshot();
        // A kill runs no catch block: model it by turning the executor's own undo off.
        var executor = Executor(
            afterStep: s =>
            {
                if (s == step)
                {
                    throw new KilledException();
                }
            },
            undoOnFailure: false);

        var act = () => Apply(executor, Plan(push: false), new Dictionary<string, string>());
        act.Should().Throw<KilledException>();
        File.Exists(executor.Store.Path).Should().BeTrue("the journal survives a kill");

        executor.Abort("release");

        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_failing_before_commit_hook_stops_the_release_and_restores_what_it_changed()
    {
        var before = repo.Snapshot();
        var plan = Plan(push: false) with
        {
            Hooks = new ReleaseHooksConfig
            {
                BeforeCommit =
                {
                    new GateConfig { Name = "touch", Command = { "sh", "-c", "echo changed >> app/core.py" } },
                    new GateConfig { Name = "fail", Command = { "sh", "-c", "exit 7" } },
                },
            },
        };

        var act = () => Apply(Executor(), plan, new Dictionary<string, string>());

        act.Should().Throw<StewardException>().WithMessage("before-commit hook 'fail' failed (exit code 7)*");
        repo.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("hooks", false)]
    [InlineData("commit", false)]
    [InlineData("tag", true)]
    public void Files_a_before_commit_hook_created_are_removed_when_a_later_step_fails(string step, bool staged)
    {
        // What the user had: an untracked note, an ignored build output (and the untracked .gitignore itself).
        repo.WriteFile(".gitignore", "build/\n").WriteFile("notes.txt", "mine\n").WriteFile("build/cache.bin", "old\n");
        var before = repo.Snapshot();
        var create = staged ? "echo gen > generated.txt && mkdir -p gen && echo x > gen/out.txt && git add generated.txt" : "echo gen > generated.txt && mkdir -p gen && echo x > gen/out.txt";
        var plan = Plan(push: false) with
        {
            Hooks = new ReleaseHooksConfig { BeforeCommit = { new GateConfig { Name = "generate", Command = { "sh", "-c", create } } } },
        };
        var executor = Executor(afterStep: s =>
        {
            if (s == step)
            {
                throw new StewardException(FailureKind.OperationFailed, $"injected after {s}");
            }
        });

        var act = () => Apply(executor, plan, new Dictionary<string, string>());

        act.Should().Throw<StewardException>().WithMessage($"injected after {step}");
        repo.Snapshot().Should().Be(before);
        repo.ReadFile("notes.txt").Should().Be("mine\n");
        repo.ReadFile("build/cache.bin").Should().Be("old\n");
    }

    [Fact]
    public void Files_a_before_commit_hook_created_are_removed_by_the_undo_after_a_kill()
    {
        repo.WriteFile("notes.txt", "mine\n");
        var before = repo.Snapshot();
        var plan = Plan(push: false) with
        {
            Hooks = new ReleaseHooksConfig { BeforeCommit = { new GateConfig { Name = "generate", Command = { "sh", "-c", "echo gen > generated.txt" } } } },
        };
        var executor = Executor(
            afterStep: s =>
            {
                if (s == "hooks")
                {
                    throw new KilledException();
                }
            },
            undoOnFailure: false);

        var act = () => Apply(executor, plan, new Dictionary<string, string>());
        act.Should().Throw<KilledException>();
        repo.ReadFile("generated.txt").Should().Be("gen\n");

        executor.Abort("release");

        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void The_undo_never_follows_a_symbolic_link_a_hook_created()
    {
        using var outside = TempGitRepository.Create();
        outside.WriteFile("keep.txt", "outside\n");
        var before = repo.Snapshot();
        var plan = Plan(push: false) with
        {
            Hooks = new ReleaseHooksConfig
            {
                BeforeCommit =
                {
                    new GateConfig { Name = "link", Command = { "ln", "-s", outside.FullPath("keep.txt"), "link.txt" } },
                    new GateConfig { Name = "fail", Command = { "sh", "-c", "exit 7" } },
                },
            },
        };

        var act = () => Apply(Executor(), plan, new Dictionary<string, string>());

        act.Should().Throw<StewardException>().WithMessage("before-commit hook 'fail' failed*");
        repo.Snapshot().Should().Be(before);
        outside.ReadFile("keep.txt").Should().Be("outside\n", "the link is removed, never what it points at");
    }

    [Fact]
    public void Before_commit_hook_changes_join_the_release_commit_and_see_the_version()
    {
        var plan = Plan(push: false) with
        {
            Hooks = new ReleaseHooksConfig
            {
                BeforeCommit = { new GateConfig { Name = "lock", Command = { "sh", "-c", "printf '%s %s\\n' \"$STEWARD_VERSION\" \"$STEWARD_TAG\" > app/core.py" } } },
            },
        };
        Apply(Executor(), plan, new Dictionary<string, string> { ["STEWARD_VERSION"] = "1.1.0", ["STEWARD_TAG"] = "v1.1.0" });

        repo.ReadFile("app/core.py").Should().Be("1.1.0 v1.1.0\n");
        repo.Git("show", "--stat", "--format=", "HEAD").Should().Contain("app/core.py");
        repo.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void A_rejected_push_removes_the_local_commit_and_tag_and_leaves_the_remote_untouched()
    {
        using (var other = TempGitRepository.Clone(remote.Root))
        {
            other.WriteFile("other.txt", "x");
            other.Commit("fix: someone else got there first");
            other.Git("push", "-q", "origin", "main");
        }

        var before = repo.Snapshot();
        var remoteBefore = remote.Snapshot();

        var act = () => Apply(Executor(), Plan(push: true), new Dictionary<string, string>());

        act.Should().Throw<StewardException>().Which.Message.Should().Contain("was rejected").And.Contain("pull, then run steward release again");
        repo.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }

    [Fact]
    public void An_identical_release_already_on_the_remote_is_a_lost_race_not_ours()
    {
        var before = repo.Snapshot();

        // Another job made the very same commit and tag (same tree, parent, identity and second) and pushed first.
        var executor = Executor(afterStep: s =>
        {
            if (s == "tag")
            {
                repo.Git("push", "-q", "--atomic", "origin", "HEAD:refs/heads/main", "refs/tags/v1.1.0");
            }
        });

        var act = () => Apply(executor, Plan(push: true), new Dictionary<string, string>());

        act.Should().Throw<StewardException>().Which.Message.Should().Contain("another release made it first");
        repo.Git("tag", "-l", "v1.1.0").Should().BeEmpty("the local tag is removed; the remote's is the other job's");
        repo.Git("rev-parse", "HEAD").Should().Be(before.Split('\n')[4] + "\n");
    }

    private static ExecutionResult Apply(PlanExecutor executor, ReleasePlan plan, Dictionary<string, string> environment) =>
        executor.Apply(ReleaseSteps.Build(plan), plan.Version.ToString(), environment);

    private PlanExecutor Executor(Action<string>? afterStep = null, bool undoOnFailure = true)
    {
        var git = new GitRunner(repo.Root, repo.Environment);
        return new PlanExecutor(repo.Root, git, new ExternalCommandRunner(repo.Root, repo.Environment, TextWriter.Null), TextWriter.Null)
        {
            AfterStep = afterStep,
            UndoOnFailure = undoOnFailure,
        };
    }

    private ReleasePlan Plan(bool push) => new(
        SemanticVersion.Parse("1.1.0"),
        SemanticVersion.Parse("1.0.0"),
        "v1.1.0",
        "feat since v1.0.0",
        "main",
        [],
        [
            new PlannedFileEdit("VERSION", File.ReadAllText(repo.FullPath("VERSION")), "1.1.0\n"),
            new PlannedFileEdit("app/__init__.py", "__version__ = \"1.0.0\"\n", "__version__ = \"1.1.0\"\n"),
        ],
        "chore(release): 1.1.0",
        "## Features\n\n- more\n",
        Sign: false,
        Push: push,
        Remote: "origin",
        Hooks: new ReleaseHooksConfig());

    private sealed class KilledException : Exception
    {
        public KilledException()
        {
        }

        public KilledException(string message)
            : base(message)
        {
        }

        public KilledException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    // The repositories made here become a template's: they stay for the whole run (RepositoryTemplates deletes them).
#pragma warning disable CA2000
    private static TempGitRepository[] Build()
    {
        var remote = TempGitRepository.Create(bare: true);
        using (var seed = TempGitRepository.Create())
        {
            seed.WriteFile("VERSION", "1.0.0\n").WriteFile("app/__init__.py", "__version__ = \"1.0.0\"\n");
            seed.Commit("feat: first");
            seed.Tag("v1.0.0");
            seed.WriteFile("app/core.py", "x = 1\n");
            seed.Commit("feat: more");
            seed.Git("remote", "add", "origin", remote.Root);
            seed.Git("push", "-q", "origin", "main", "--tags");
        }

        return [remote, TempGitRepository.Clone(remote.Root)];
    }
#pragma warning restore CA2000
}
