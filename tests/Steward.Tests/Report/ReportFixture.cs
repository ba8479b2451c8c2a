using Steward.Tests.Support;

namespace Steward.Tests.Report;

/// <summary>
/// A repository with the history a report has to show, each commit and tag dated: 1.0.0 (GA), 1.0.1 (a patch whose
/// subject carries a script), 2.0.0-rc.1 (a prerelease), 2.0.0 (GA), 1.0.2 (a patch on the maintenance branch
/// support/1.x, not reachable from main) and 2.1.0, retracted by <c>steward rollback --apply --retract-tag</c> (its tag
/// deleted, the retraction recorded under its changelog entry). main is checked out, clean.
/// </summary>
internal static class ReportFixture
{
    public const string HostileSubject = "fix: escape <script>alert(1)</script> in names";

    public static TempGitRepository History() => RepositoryTemplates.Copy("report history", Build)[0];

    // The repository made here becomes a template's: it stays for the whole run (RepositoryTemplates deletes it).
#pragma warning disable CA2000
    private static TempGitRepository[] Build()
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n").WriteFile("app.txt", "one\n");
        Commit(repo, "feat: first", "2026-01-05");
        Tag(repo, "v1.0.0", "2026-01-05");
        repo.WriteFile("VERSION", "1.0.1\n");
        Commit(repo, HostileSubject, "2026-02-10", "Eve & 'Co' \"quoted\"");
        Tag(repo, "v1.0.1", "2026-02-10");
        repo.Git("branch", "support/1.x");
        repo.WriteFile("VERSION", "2.0.0-rc.1\n");
        Commit(repo, "feat!: a new engine", "2026-03-01");
        Tag(repo, "v2.0.0-rc.1", "2026-03-01");
        repo.WriteFile("VERSION", "2.0.0\n");
        Commit(repo, "fix: polish the engine", "2026-03-20");
        Tag(repo, "v2.0.0", "2026-03-20");
        repo.Git("switch", "-q", "support/1.x");
        repo.WriteFile("VERSION", "1.0.2\n");
        Commit(repo, "fix: backport the parser fix", "2026-04-02");
        Tag(repo, "v1.0.2", "2026-04-02");
        repo.Git("switch", "-q", "main");
        repo.WriteFile("VERSION", "2.1.0\n").WriteFile("CHANGELOG.md", "# Changelog\n\n## [2.1.0] - 2026-05-01\n\n### Features\n\n- a shiny feature that went wrong\n");
        Commit(repo, "feat: shiny", "2026-05-01");
        Tag(repo, "v2.1.0", "2026-05-01");
        var rollback = StewardRunner.Run(repo.Root, null, repo.Environment, "rollback", "--apply", "--retract-tag", "--yes");
        if (rollback.ExitCode != 0)
        {
            throw new InvalidOperationException($"rollback failed: {rollback.Error}");
        }

        repo.Git("switch", "-q", "main");
        return [repo];
    }
#pragma warning restore CA2000

    private static void Commit(TempGitRepository repo, string message, string day, string? author = null)
    {
        var at = $"{day}T10:00:00+00:00";
        var environment = new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = at, ["GIT_COMMITTER_DATE"] = at };
        if (author is not null)
        {
            environment["GIT_AUTHOR_NAME"] = author;
        }

        repo.Git("add", "-A");
        repo.GitWith(environment, "commit", "-q", "-m", message);
    }

    private static void Tag(TempGitRepository repo, string name, string day) =>
        repo.GitWith(new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = $"{day}T12:00:00+00:00" }, "tag", "-a", "-m", $"Release {name}", name);
}
