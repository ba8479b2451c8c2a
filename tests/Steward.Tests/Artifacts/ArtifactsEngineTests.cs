using System.Security.Cryptography;
using System.Text.Json;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Engine;
using Steward.Git;
using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

/// <summary>
/// <c>steward artifacts</c> on the engine: the dry run lists exactly the files the run writes, and a run that fails or
/// is killed half-way is undone (or finished) leaving only what was there before, never a file of the user's.
/// </summary>
public sealed class ArtifactsEngineTests
{
    [Fact]
    public void Dry_run_lists_exactly_the_files_the_real_run_writes()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();

        var text = StewardRunner.Run(repo.Root, "artifacts", "--out", output, "--dry-run");
        var json = StewardRunner.Run(repo.Root, "artifacts", "--out", output, "--dry-run", "--json");

        text.ExitCode.Should().Be(0, text.Error);
        json.ExitCode.Should().Be(0, json.Error);
        Directory.Exists(output).Should().BeFalse("a dry run writes nothing");
        using var document = JsonDocument.Parse(json.Out);
        document.RootElement.GetProperty("verb").GetString().Should().Be("artifacts");
        document.RootElement.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        var planned = document.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => (Kind: s.GetProperty("kind").GetString(), Path: s.GetProperty("path").GetString()!, Size: s.GetProperty("size").GetInt64(), Sha256: s.GetProperty("sha256").GetString()))
            .ToList();
        planned.Should().HaveCount(6).And.OnlyContain(s => s.Kind == "artifact");
        text.Out.Should().Be("steps:\n" + string.Concat(planned.Select(s => $"  create {s.Path} ({s.Size} bytes, sha256 {s.Sha256})\n")) + "dry run: nothing was changed\n");

        var real = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        real.ExitCode.Should().Be(0, real.Error);
        real.Out.Should().Be(string.Concat(planned.Select(s => s.Path + "\n")));
        var written = Directory.GetFiles(output)
            .Select(f => (Kind: (string?)"artifact", Path: Path.GetRelativePath(repo.Root, f), Size: new FileInfo(f).Length, Sha256: (string?)Sha256(f)))
            .ToList();
        written.Should().BeEquivalentTo(planned);
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void A_failure_midway_removes_the_files_the_run_created_and_nothing_else()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine\n");

        // A folder where the zip goes: the tar.gz before it is written, then the zip cannot replace the folder.
        Directory.CreateDirectory(Path.Combine(output, "acme-v1.2.0.zip"));
        var before = Snapshot(output);

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: could not replace ").And.EndWith("; every file was put back as it was\n");
        result.Error.Count(c => c == '\n').Should().Be(1);
        Snapshot(output).Should().Equal(before);
        Directory.Exists(Path.Combine(output, "acme-v1.2.0.zip")).Should().BeTrue();
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Killed_midway_then_abort_leaves_the_output_directory_as_before()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine\n");
        var before = Snapshot(output);

        Kill(repo, output, afterArtifacts: 3);
        Directory.GetFiles(output).Should().HaveCount(4, "three artifacts were written before the kill");
        var again = StewardRunner.Run(repo.Root, "artifacts", "--out", output);
        var abort = StewardRunner.Run(repo.Root, "artifacts", "--abort");

        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("artifacts of v1.2.0 was interrupted").And.Contain("'steward artifacts --continue'");
        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().StartWith("aborted the interrupted artifacts of v1.2.0");
        Snapshot(output).Should().Equal(before);
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Killed_into_a_new_folder_then_abort_removes_the_folder_too()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();

        Kill(repo, output, afterArtifacts: 2);
        var abort = StewardRunner.Run(repo.Root, "artifacts", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Killed_midway_then_continue_writes_the_rest_as_a_clean_run_does()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        var clean = ReleaseFixture.NewOutputDirectory();

        Kill(repo, output, afterArtifacts: 2);
        var resumed = StewardRunner.Run(repo.Root, "artifacts", "--continue");
        StewardRunner.Run(repo.Root, "artifacts", "--out", clean).ExitCode.Should().Be(0);

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Be("finished the interrupted artifacts of v1.2.0\n");
        Snapshot(output).Should().Equal(Snapshot(clean));
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }

    [Fact]
    public void Abort_keeps_a_file_that_was_there_before_and_one_changed_since_the_run_wrote_it()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        Directory.CreateDirectory(output);
        var tarGz = Path.Combine(output, "acme-v1.2.0.tar.gz");
        var zip = Path.Combine(output, "acme-v1.2.0.zip");
        File.WriteAllText(tarGz, "an older build\n");

        Kill(repo, output, afterArtifacts: 3);
        File.AppendAllText(zip, "edited after the run");
        var abort = StewardRunner.Run(repo.Root, "artifacts", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        File.Exists(tarGz).Should().BeTrue("it existed before the run");
        File.ReadAllText(zip).Should().EndWith("edited after the run");
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(["acme-v1.2.0.tar.gz", "acme-v1.2.0.zip"], "the chart the run created is removed");
    }

    /// <summary>Applies the artifacts plan and stops it like a kill after the given number of files: the journal stays.</summary>
    private static void Kill(TempGitRepository repo, string output, int afterArtifacts)
    {
        var context = new CommandContext(TextWriter.Null, TextWriter.Null, TextReader.Null, false, repo.Root, repo.Environment, () => StewardRunner.FixedNow);
        var repository = Repository.Require(repo.Root, repo.Environment);
        var config = ConfigLoader.Load(repo.Root);
        var tag = ReleaseTagResolver.Resolve(repository.Git, config.TagPrefix, null);
        var plan = ArtifactsPlanner.Plan(context, repo.Root, repository, config.Artifacts, tag, () => output);
        var written = 0;
        var executor = new PlanExecutor(repo.Root, repository.Git, new ExternalCommandRunner(repo.Root, repo.Environment, TextWriter.Null), TextWriter.Null)
        {
            AfterStep = name =>
            {
                if (name == "artifact" && ++written == afterArtifacts)
                {
                    throw new IOException("killed");
                }
            },
            UndoOnFailure = false,
        };

        var act = () => executor.Apply(plan, tag.Name, new Dictionary<string, string>());

        act.Should().Throw<IOException>().WithMessage("killed");
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeTrue();
    }

    /// <summary>Every entry of the folder by name: a file's SHA-256, a folder's "dir".</summary>
    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory).ToDictionary(
            p => Path.GetFileName(p),
            p => Directory.Exists(p) ? "dir" : Sha256(p),
            StringComparer.Ordinal);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
