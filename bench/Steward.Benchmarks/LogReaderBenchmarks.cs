using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Steward.Git;

namespace Steward.Benchmarks;

/// <summary>
/// The log stream reader over a whole history of <see cref="BenchRepository.Commits"/> commits, against its floor in
/// the same process: starting the same <c>git log -z</c> and draining its output without looking at it.
/// </summary>
[MemoryDiagnoser]
public class LogReaderBenchmarks
{
    private const string Format = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";

    private GitRunner git = null!;

    [GlobalSetup]
    public void Setup() => git = new GitRunner(BenchRepository.Path, BenchRepository.Environment);

    [Benchmark(Baseline = true)]
    public long DrainGitLog()
    {
        var start = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = BenchRepository.Path };
        foreach (var argument in new[] { "log", "-z", Format, "HEAD", "--" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        var stream = process.StandardOutput.BaseStream;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        process.WaitForExit();
        return total;
    }

    /// <summary>Records only: split, decode, one <c>CommitRecord</c> per commit.</summary>
    [Benchmark]
    public int ReadCommits() => new HistoryReader(git).ReadCommits("HEAD").Count();

    /// <summary>Records with their messages parsed as Conventional Commits: what <c>log</c> and <c>changelog</c> consume.</summary>
    [Benchmark]
    public int ReadAndParse() => new HistoryReader(git).Read("HEAD").Count(c => c.Message.IsConventional);
}
