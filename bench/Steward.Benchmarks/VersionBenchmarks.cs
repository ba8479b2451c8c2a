using BenchmarkDotNet.Attributes;
using Steward.Core.Versioning;

namespace Steward.Benchmarks;

/// <summary>
/// Parsing and ordering versions: what `next` and `changelog` do for every tag of a repository (a long-lived project
/// has thousands), and what `version sort` does for its input.
/// </summary>
[MemoryDiagnoser]
public class VersionBenchmarks
{
    private string[] semVerTexts = [];
    private string[] pep440Texts = [];
    private SemanticVersion[] semVers = [];
    private Pep440Version[] pep440s = [];

    /// <summary>How many versions: a typical tag list and a very long one.</summary>
    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        semVerTexts = VersionData.SemVerTags(Count);
        pep440Texts = VersionData.Pep440Versions(Count);
        semVers = [.. semVerTexts.Select(t => SemanticVersion.Parse(t))];
        pep440s = [.. pep440Texts.Select(Pep440Version.Parse)];
    }

    [Benchmark]
    public int ParseSemVer()
    {
        var sum = 0;
        foreach (var text in semVerTexts)
        {
            sum += SemanticVersion.Parse(text).Prerelease.Length;
        }

        return sum;
    }

    [Benchmark]
    public int ParsePep440()
    {
        var sum = 0;
        foreach (var text in pep440Texts)
        {
            sum += Pep440Version.Parse(text).Release.Length;
        }

        return sum;
    }

    /// <summary>Scheme detection as the CLI does it: SemVer first, then PEP 440.</summary>
    [Benchmark]
    public int ParseEitherScheme()
    {
        var sum = 0;
        foreach (var text in pep440Texts)
        {
            sum += (int)ParsedVersion.Parse(text).Scheme;
        }

        return sum;
    }

    /// <summary>Orders by SemVer precedence (build metadata ignored), as picking the last release tag needs.</summary>
    [Benchmark]
    public SemanticVersion SortSemVer()
    {
        var copy = (SemanticVersion[])semVers.Clone();
        Array.Sort(copy, SemanticVersion.ComparePrecedence);
        return copy[^1];
    }

    [Benchmark]
    public Pep440Version SortPep440()
    {
        var copy = (Pep440Version[])pep440s.Clone();
        Array.Sort(copy);
        return copy[^1];
    }

    /// <summary>The highest version of a tag list without sorting it: one pass, what `next` needs.</summary>
    [Benchmark]
    public SemanticVersion MaxSemVer()
    {
        var max = semVers[0];
        foreach (var version in semVers)
        {
            if (SemanticVersion.ComparePrecedence(version, max) > 0)
            {
                max = version;
            }
        }

        return max;
    }
}
