using BenchmarkDotNet.Attributes;
using Steward.Core.Commits;

namespace Steward.Benchmarks;

/// <summary>The Conventional Commits parser: it runs once per commit, so its cost is multiplied by the history.</summary>
[MemoryDiagnoser]
public class CommitParserBenchmarks
{
    private string[] messages = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => messages = CommitData.Messages(Count);

    [Benchmark]
    public int Parse()
    {
        var breaking = 0;
        foreach (var message in messages)
        {
            if (ConventionalCommitParser.Parse(message).IsBreaking)
            {
                breaking++;
            }
        }

        return breaking;
    }

    /// <summary>The header alone: what deciding the bump needs for most commits.</summary>
    [Benchmark]
    public int ParseHeader()
    {
        var conventional = 0;
        foreach (var message in messages)
        {
            var end = message.IndexOf('\n', StringComparison.Ordinal);
            if (ConventionalCommitParser.ParseHeader(end < 0 ? message : message[..end]) is not null)
            {
                conventional++;
            }
        }

        return conventional;
    }
}
