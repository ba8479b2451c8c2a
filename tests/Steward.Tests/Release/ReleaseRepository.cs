using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>A project with a released v1.0.0, a Python package and a pyproject, cloned from a local bare remote.</summary>
public sealed class ReleaseRepository : IDisposable
{
    public ReleaseRepository()
    {
        var copies = RepositoryTemplates.Copy("release", Build);
        Remote = copies[0];
        Work = copies[1];
    }

    public TempGitRepository Remote { get; }

    public TempGitRepository Work { get; }

    public StewardResult Release(params string[] args) => StewardRunner.Run(Work.Root, ["release", .. args]);

    public void Dispose()
    {
        Work.Dispose();
        Remote.Dispose();
    }

    // The repositories made here become a template's: they stay for the whole run (RepositoryTemplates deletes them).
#pragma warning disable CA2000
    private static TempGitRepository[] Build()
    {
        var remote = TempGitRepository.Create(bare: true);
        using (var seed = TempGitRepository.Create())
        {
            seed.WriteFile("VERSION", "1.0.0\n")
                .WriteFile("src/app/__init__.py", "__version__ = \"1.0.0\"\n")
                .WriteFile("pyproject.toml", "[project]\nname = \"app\"\nversion = \"1.0.0\"  # kept in sync by steward\n");
            seed.Commit("feat: first release");
            seed.Tag("v1.0.0");
            seed.WriteFile("src/app/core.py", "x = 1\n");
            seed.Commit("feat(core): add the core");
            seed.WriteFile("src/app/core.py", "x = 2\n");
            seed.Commit("fix: correct x");
            seed.Git("remote", "add", "origin", remote.Root);
            seed.Git("push", "-q", "origin", "main", "--tags");
        }

        return [remote, TempGitRepository.Clone(remote.Root)];
    }
#pragma warning restore CA2000
}
