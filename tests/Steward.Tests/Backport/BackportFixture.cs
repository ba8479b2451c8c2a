using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Backport;

/// <summary>
/// Release lines to backport onto: v1.0.0 and v1.1.0 (line 1.x, whose branch release/1.x exists at v1.1.0), v2.0.0
/// (line 2.x, no branch yet), main ahead of it, and two fixes on main: one that applies on every line
/// (<see cref="Fix"/>, a new file) and one that conflicts on 1.x (<see cref="Harden"/>, a line 2.x changed). Everything
/// is pushed to a local bare remote; HEAD is on main.
/// </summary>
internal sealed class BackportFixture : IDisposable
{
    public BackportFixture()
    {
        var copies = RepositoryTemplates.Copy("backport lines", Build);
        (Remote, Work) = (copies[0], copies[1]);
        Fix = Work.Git("rev-parse", "main~1").Trim();
        Harden = Work.Git("rev-parse", "main").Trim();
    }

    public TempGitRepository Remote { get; }

    public TempGitRepository Work { get; }

    /// <summary>fix: escape input (adds security.txt): applies on every line.</summary>
    public string Fix { get; }

    /// <summary>fix: harden parser (edits the line 2.0.0 changed in app.txt): conflicts on 1.x.</summary>
    public string Harden { get; }

    public string Sha(string revision) => Work.Git("rev-parse", revision).Trim();

    /// <summary>The object the remote's ref names (a tag's own object), or empty when it has no such ref.</summary>
    public string RemoteSha(string fullRef) => Remote.Git("for-each-ref", "--format=%(objectname)", fullRef).Trim();

    public void Dispose()
    {
        Work.Dispose();
        Remote.Dispose();
    }

    private static TempGitRepository[] Build()
    {
        var (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("app.txt", "line one\nparser v1\n").WriteFile("VERSION", "1.1.0\n");
        work.Commit("feat: parser");
        work.Tag("v1.1.0");
        work.Git("branch", "release/1.x");
        work.WriteFile("app.txt", "line one\nparser v2\n").WriteFile("VERSION", "2.0.0\n");
        work.Commit("feat!: new parser API");
        work.Tag("v2.0.0");
        work.WriteFile("more.txt", "more\n");
        work.Commit("feat: more on main");
        work.WriteFile("security.txt", "escaped\n");
        work.Commit("fix: escape input");
        work.WriteFile("app.txt", "line one\nparser v2 hardened\n");
        work.Commit("fix: harden parser");
        work.Git("push", "-q", "origin", "main", "release/1.x", "--tags");
        return [remote, work];
    }
}
