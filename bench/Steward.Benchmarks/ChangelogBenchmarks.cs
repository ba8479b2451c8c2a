using System.Globalization;
using BenchmarkDotNet.Attributes;
using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Commits;
using Steward.Core.Configuration;

namespace Steward.Benchmarks;

/// <summary>
/// Changelog rendering, one release at a time as `changelog --regenerate` does it: classifying a release's commits
/// into sections (with links), and rendering the release with each built-in template.
/// </summary>
[MemoryDiagnoser]
public class ChangelogBenchmarks
{
    private static readonly string[] Authors =
        ["Ada Lovelace|ada@example.com", "Linus Dev|linus@example.com", "Grace Hopper|grace@example.com", "dependabot[bot]|bot@example.com"];

    private HistoryCommit[] commits = [];
    private ReleaseInfo info = null!;
    private ForgeLinks? links;
    private Release release = null!;
    private CompiledTemplate keepAChangelog = null!;
    private CompiledTemplate github = null!;
    private CompiledTemplate full = null!;

    /// <summary>Commits in one release: make-repo.sh tags every 200.</summary>
    [Params(200)]
    public int Commits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var messages = CommitData.Messages(Commits);
        var date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        commits = [.. messages.Select((message, i) =>
        {
            var author = Authors[i % Authors.Length].Split('|');
            var sha = (i + 1).ToString("x40", CultureInfo.InvariantCulture);
            var record = new CommitRecord(sha, [i.ToString("x40", CultureInfo.InvariantCulture)], author[0], author[1], date.AddMinutes(-10 * i), message);
            return new HistoryCommit(record, ConventionalCommitParser.Parse(message));
        })];
        info = new ReleaseInfo("8.3.0", "v8.3.0", new DateOnly(2026, 1, 1), "8.2.0", "v8.2.0");
        links = ForgeLinks.Resolve("https://github.com/example/project.git", new ChangelogLinksConfig());
        release = ReleaseBuilder.Build(info, commits, ChangelogOptions.Default, links);
        keepAChangelog = CompiledTemplate.Compile(BuiltInTemplates.Find(BuiltInTemplates.KeepAChangelog)!);
        github = CompiledTemplate.Compile(BuiltInTemplates.Find(BuiltInTemplates.GitHub)!);
        full = CompiledTemplate.Compile(BuiltInTemplates.Find(BuiltInTemplates.Full)!);
    }

    [Benchmark]
    public Release BuildRelease() => ReleaseBuilder.Build(info, commits, ChangelogOptions.Default, links);

    [Benchmark]
    public string RenderKeepAChangelog() => keepAChangelog.Render(release);

    [Benchmark]
    public string RenderGitHub() => github.Render(release);

    [Benchmark]
    public string RenderFull() => full.Render(release);

    /// <summary>Compiling a template: once per run of `changelog`, whatever the number of releases.</summary>
    [Benchmark]
    public CompiledTemplate CompileKeepAChangelog() => CompiledTemplate.Compile(BuiltInTemplates.Find(BuiltInTemplates.KeepAChangelog)!);
}
