using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Security;

/// <summary>
/// A released project cloned from a local bare remote, as a maintainer has it, next to a directory outside it that
/// holds a fake secret (a stand-in for <c>~/.git-credentials</c>). A test commits what a contributor could commit,
/// pushes it (it is on the remote already when the maintainer releases), runs Steward, and checks that the secret never
/// reached the output and that nothing changed: refs, index, work tree, <c>.git/config</c>, the remote and the outside
/// directory.
/// </summary>
public sealed class HostileRepository : IDisposable
{
    public const string Secret = "FAKE-SECRET-ghp_0c7d1e5a9b";

    private readonly ReleaseRepository project = new();
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("steward-outside-");

    public HostileRepository() => File.WriteAllText(SecretPath, Secret + "\n");

    public TempGitRepository Work => project.Work;

    public TempGitRepository Remote => project.Remote;

    public string Outside => outside.FullName;

    public string SecretPath => Path.Combine(Outside, "credentials");

    public StewardResult Run(params string[] args) => StewardRunner.Run(Work.Root, args);

    /// <summary>Commits everything as a contributor would and pushes it.</summary>
    public void Contribute(string message, string? authorName = null, string? authorEmail = null)
    {
        Work.Commit(message, authorName, authorEmail);
        Work.Git("push", "-q", "origin", "main");
    }

    /// <summary>Everything a run could change, here, on the remote and outside.</summary>
    public string State()
    {
        var outsideFiles = Directory.EnumerateFileSystemEntries(Outside, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => File.Exists(f) ? $"{f} {File.ReadAllText(f)}" : f);
        return string.Join("\n", Work.Snapshot(), File.ReadAllText(Work.FullPath(".git/config")), Remote.Snapshot(), string.Join("\n", outsideFiles));
    }

    /// <summary>Exit 2, one line starting with <paramref name="message"/>, no secret, and <paramref name="before"/> unchanged.</summary>
    public void ShouldBeRefused(StewardResult result, string before, string message)
    {
        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith("steward: error: " + message).And.EndWith("\n");
        result.Error.TrimEnd('\n').Should().NotContain("\n").And.NotContain("   at ", "no stack trace");
        (result.Out + result.Error).Should().NotContain(Secret);
        State().Should().Be(before);
    }

    public void Dispose()
    {
        project.Dispose();
        outside.Delete(recursive: true);
    }
}
