using System.Security.Cryptography;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;
using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// `artifacts` in a monorepo stopped midway (one plan for every component, one journal): --continue finishes every
/// component's artifacts as a clean run writes them, --abort leaves the output folder as it was before.
/// </summary>
public sealed class MonorepoArtifactsRecoveryTests
{
    [Fact]
    public void Killed_in_the_middle_of_the_components_then_continue_finishes_every_component_s_artifacts()
    {
        using var repo = MonorepoArtifactsTests.Released();
        var output = Path.Combine(repo.Root, "dist");
        var clean = Path.Combine(repo.Root, "clean");

        var planned = Kill(repo, output);
        var interrupted = Snapshot(output);
        var resumed = StewardRunner.Run(repo.Root, "artifacts", "--continue");
        var fresh = StewardRunner.Run(repo.Root, "artifacts", "--out", "clean");

        interrupted.Keys.Should().Contain(k => k.StartsWith("api/", StringComparison.Ordinal)).And.NotContain(k => k.StartsWith("web/", StringComparison.Ordinal) && k.EndsWith("SHA256SUMS", StringComparison.Ordinal), "the run stopped before web's last file");
        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Be("finished the interrupted artifacts of api-v1.2.0 web@0.4.0\n");
        fresh.ExitCode.Should().Be(0, fresh.Error);
        var finished = Snapshot(output);
        finished.Should().HaveCount(planned).And.Equal(Snapshot(clean));
        finished.Keys.Should().Contain("api/SHA256SUMS").And.Contain("web/SHA256SUMS");
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Killed_in_the_middle_of_the_components_then_abort_leaves_the_output_folder_as_before()
    {
        using var repo = MonorepoArtifactsTests.Released();
        var output = Path.Combine(repo.Root, "dist");
        Directory.CreateDirectory(Path.Combine(output, "api"));
        File.WriteAllText(Path.Combine(output, "api", "notes.txt"), "mine\n");
        var before = Snapshot(output);

        Kill(repo, output);
        var again = StewardRunner.Run(repo.Root, "artifacts");
        var abort = StewardRunner.Run(repo.Root, "artifacts", "--abort");

        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("was interrupted").And.Contain("'steward artifacts --continue'");
        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().StartWith("aborted the interrupted artifacts of api-v1.2.0 web@0.4.0");
        Snapshot(output).Should().Equal(before);
        Directory.Exists(Path.Combine(output, "web")).Should().BeFalse("the run created it");
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    /// <summary>
    /// Plans every component's artifacts as the verb does and stops the run like a kill after the first file of the
    /// second component: the journal stays. Returns how many files the whole plan writes.
    /// </summary>
    private static int Kill(TempGitRepository repo, string output)
    {
        var context = new CommandContext(TextWriter.Null, TextWriter.Null, TextReader.Null, false, repo.Root, repo.Environment, () => StewardRunner.FixedNow);
        var repository = Repository.Require(repo.Root, repo.Environment);
        var config = ConfigLoader.Load(repo.Root);
        var releases = ComponentReleaseTags.Resolve(repository.Git, ComponentResolver.Resolve(config), false, null, ArtifactsPlanner.Verb);
        var plan = ArtifactsPlanner.PlanComponents(context, repo.Root, repository, releases, () => output);
        var artifacts = plan.Steps.OfType<ArtifactStep>().ToList();
        var stopAfter = artifacts.FindIndex(s => Path.GetFileName(Path.GetDirectoryName(s.FullPath)) == "web") + 1;
        stopAfter.Should().BeGreaterThan(1).And.BeLessThan(artifacts.Count, "the kill falls inside the second component's files");
        var written = 0;
        var executor = new PlanExecutor(repo.Root, repository.Git, new ExternalCommandRunner(repo.Root, repo.Environment, TextWriter.Null), TextWriter.Null)
        {
            AfterStep = name =>
            {
                if (name == "artifact" && ++written == stopAfter)
                {
                    throw new IOException("killed");
                }
            },
            UndoOnFailure = false,
        };

        var act = () => executor.Apply(plan, plan.Subject!, new Dictionary<string, string>());

        act.Should().Throw<IOException>().WithMessage("killed");
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeTrue();
        return artifacts.Count;
    }

    /// <summary>Every file under the folder by its path relative to it (forward slashes) and its SHA-256.</summary>
    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(directory, p).Replace('\\', '/'),
            p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))),
            StringComparer.Ordinal);
}
