using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class LargeTreeTests
{
    [Fact(Timeout = 600_000)] // a bound for a hang, generous for a loaded machine: the test takes seconds
    public async Task Thousands_of_files_pass_through_check_attr_without_the_pipes_filling_up()
    {
        // Regression: with all paths written to git check-attr before its answers were read, both pipes filled and
        // the command hung from about 1,500 files on.
        using var repo = TempGitRepository.Create();
        const string directory = "a/rather/long/directory/name/so/that/paths/fill/the/pipe/buffers/sooner";
        for (var i = 0; i < 2000; i++)
        {
            repo.WriteFile($"{directory}/file-number-{i}.txt", $"{i}\n");
        }

        repo.WriteFile(".gitattributes", "*7.txt export-ignore\n").Commit("feat: many files");
        repo.Tag("v1.0.0");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = await Task.Run(() => StewardRunner.Run(repo.Root, "artifacts", "--out", output));

        result.ExitCode.Should().Be(0, result.Error);
        CountTextFiles(Path.Combine(output, $"{Path.GetFileName(repo.Root)}-v1.0.0.zip")).Should().Be(2000 - 200);
    }

    private static int CountTextFiles(string zipPath)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        return zip.Entries.Count(e => e.FullName.EndsWith(".txt", StringComparison.Ordinal));
    }
}
