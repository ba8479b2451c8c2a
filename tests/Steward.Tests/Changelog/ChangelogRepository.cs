using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>
/// A scripted repository with every kind of commit the changelog treats differently, two releases tagged, and an
/// origin remote on GitHub whose URL carries a token (which must never show).
/// </summary>
internal static class ChangelogRepository
{
    public const string Token = "s3cr3t-token";

    public static TempGitRepository Create(string remote = $"https://ci-bot:{Token}@github.com/acme/rocket.git") =>
        RepositoryTemplates.Copy("changelog " + remote, () => [Build(remote)])[0];

    private static TempGitRepository Build(string remote)
    {
        var repo = TempGitRepository.Create();
        if (remote.Length > 0)
        {
            repo.Git("remote", "add", "origin", remote);
        }

        repo.WriteFile("VERSION", "0.9.0\n");
        repo.WriteFile(".mailmap", "Ada Lovelace <ada@example.com> Ada Old <ada.old@example.com>\n");
        repo.Commit("chore: start the project", "Ada Lovelace", "ada@example.com");
        repo.Commit("feat: first feature", "Ada Lovelace", "ada@example.com");
        TagAt(repo, "v0.9.0", "2024-02-01T12:00:00Z");
        repo.Commit("fix: first fix", "Alan Turing", "alan@example.com");
        var released = repo.Commit("feat: retry on timeout", "Alan Turing", "alan@example.com");
        TagAt(repo, "v1.0.0", "2024-03-01T12:00:00Z");

        repo.Commit("feat(ui): add dark mode (#41)", "Grace Hopper", "1234+grace@users.noreply.github.com");
        repo.Commit("feat(api)!: stream the export\n\nBREAKING CHANGE: export() now returns an async stream.\nCall ToListAsync() where a list is needed.", "Ada Lovelace", "ada@example.com");
        repo.Commit("fix: drop the <b>broken</b> | pipe handling\n\nCloses #17\nCo-authored-by: Grace Hopper <1234+grace@users.noreply.github.com>", "Ada Old", "ada.old@example.com");
        repo.Commit("fix(parser): # keep headings out", "Alan Turing", "alan@example.com");
        repo.Commit("perf: cache parsed templates", "Ada Lovelace", "ada@example.com");
        repo.Commit("fix: escape shell arguments\n\nRefs: CVE-2026-1234", "Ada Lovelace", "ada@example.com");
        repo.Commit("security: rotate the signing key", "Ada Lovelace", "ada@example.com");
        repo.Commit("feat: add the v2 endpoint\n\nDeprecated: the v1 endpoint goes away in 2.0", "Ada Lovelace", "ada@example.com");
        repo.Commit("deprecate: the --legacy flag", "Ada Lovelace", "ada@example.com");
        repo.Commit("chore(deps): bump yaml from 1.0.0 to 1.1.0", "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");
        repo.Commit("docs: explain templates", "Ada Lovelace", "ada@example.com");
        repo.Commit($"Revert \"feat: retry on timeout\"\n\nThis reverts commit {released}.", "Alan Turing", "alan@example.com");
        var flaky = repo.Commit("feat: a flaky idea", "Ada Lovelace", "ada@example.com");
        repo.Commit($"Revert \"feat: a flaky idea\"\n\nThis reverts commit {flaky}.", "Ada Lovelace", "ada@example.com");
        repo.Commit("refactor: split the renderer", "Margaret Hamilton", "margaret@example.com");
        repo.Commit("chore: tidy up", "Ada Lovelace", "ada@example.com");
        repo.Commit("ci: cache nuget", "Ada Lovelace", "ada@example.com");
        repo.Commit("test: more golden files", "Ada Lovelace", "ada@example.com");
        repo.Commit("fixup! feat(ui): add dark mode (#41)", "Fixer", "fixer@example.com");
        repo.Commit("Update the README by hand", "Ada Lovelace", "ada@example.com");
        return repo;
    }

    /// <summary>An annotated tag at HEAD with a fixed tagger date, so that release dates are reproducible.</summary>
    public static void TagAt(TempGitRepository repo, string name, string date) =>
        repo.GitWith(new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = date }, "tag", "-a", "-m", $"Release {name}", name);
}
