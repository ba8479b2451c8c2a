using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Steward.Benchmarks;

/// <summary>
/// The repository the git-reading benchmarks read: STEWARD_BENCH_REPO when set, otherwise one built once (and kept in
/// the temp folder) by ../shared/bench/make-repo.sh beside the clone, or by BENCH_SHARED/make-repo.sh.
/// </summary>
internal static class BenchRepository
{
    public const int Commits = 10_000;

    public static string Path => path.Value;

    private static readonly Lazy<string> path = new(Locate);

    /// <summary>The environment git runs with in the benchmarks: never the user's configuration.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["PATH"] = System.Environment.GetEnvironmentVariable("PATH"),
        ["HOME"] = System.Environment.GetEnvironmentVariable("HOME"),
    };

    private static string Locate()
    {
        var given = System.Environment.GetEnvironmentVariable("STEWARD_BENCH_REPO");
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"steward-bench-repo-{Commits}");
        if (File.Exists(System.IO.Path.Combine(target, ".git", "bench-expected.txt")))
        {
            return target;
        }

        var shared = System.Environment.GetEnvironmentVariable("BENCH_SHARED")
            ?? System.IO.Path.Combine(SourceDirectory(), "..", "..", "..", "shared", "bench");
        var script = System.IO.Path.Combine(shared, "make-repo.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} not found: set STEWARD_BENCH_REPO to a repository, or BENCH_SHARED to the folder of make-repo.sh");
        }

        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        foreach (var argument in new[] { script, Commits.ToString(System.Globalization.CultureInfo.InvariantCulture), target })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        process.WaitForExit();
        return process.ExitCode == 0 ? target : throw new InvalidOperationException($"make-repo.sh exited with {process.ExitCode}");
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => System.IO.Path.GetDirectoryName(file)!;
}
