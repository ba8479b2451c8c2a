using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// One history walk serves every component: `steward next` in a monorepo of four components runs one `git log`, one
/// listing of the tags (`git show-ref`, which reads no tag object) and a fixed number of other git processes, never one
/// walk (or one process) per component.
/// </summary>
public sealed class MonorepoWalksOnceTests : IDisposable
{
    private readonly GitRecorder recorder = new();

    public void Dispose() => recorder.Dispose();

    [Fact]
    public void Next_walks_the_history_once_for_every_component()
    {
        using var repo = MonorepoRepository.Released();
        repo.WriteFile("services/api/a.py", "1\n").WriteFile("apps/web/a.js", "1\n").Commit("feat: api and web");
        repo.WriteFile("libs/core/a.cs", "1\n").Commit("fix: core");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("api 1.3.0\nweb 0.5.0\ncore 2.1.1\n");
        var all = recorder.All();
        all.Where(a => a.Count > 1 && a[1] == "log").Should().ContainSingle("one walk serves the four components")
            .Which.Should().Contain("--name-only");
        all.Count(a => a.Count > 1 && a[1] == "show-ref").Should().Be(1, "the tags are listed once");
        all.Should().NotContain(a => a.Count > 1 && a[1] == "for-each-ref" && !a.Any(x => x.StartsWith("--merged", StringComparison.Ordinal)), "no tag object is read for a date `next` does not need, not even ahead");
        all.Count(a => a.Count > 1 && a[1] == "rev-parse").Should().Be(1, "HEAD is taken as found with the repository");
        all.Count.Should().BeLessThan(10, "the number of git processes does not grow with the number of components");
    }
}
