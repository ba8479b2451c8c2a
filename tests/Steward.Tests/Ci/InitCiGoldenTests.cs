using System.Text.RegularExpressions;
using Steward.Tests.Support;

namespace Steward.Tests.Ci;

/// <summary>
/// The files 'steward init --ci' writes, whole, against golden files (the Steward version masked): a one-component
/// repository's (which the monorepo shapes must leave byte for byte as they were) and a monorepo's.
/// </summary>
public sealed partial class InitCiGoldenTests
{
    /// <summary>The one-component shapes: a plain release; publishing, release pull requests, announcers and images.</summary>
    private const string Plain = "release:\n  branches: [main, 'support/*']\n";

    private const string Everything = "release:\n  branches: [main]\npr:\n  dispatch: ci.yml\nannounce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\nartifacts:\n  images:\n    - name: ghcr.io/acme/app\n    - name: registry.gitlab.com/acme/app\n";

    [Theory]
    [InlineData("github", "plain", "")]
    [InlineData("gitea", "plain", "")]
    [InlineData("gitlab", "plain", "")]
    [InlineData("github", "everything", "--publish --pr")]
    [InlineData("gitea", "everything", "--publish --pr")]
    [InlineData("gitlab", "everything", "--publish --pr")]
    [InlineData("github", "everything", "--publish")]
    [InlineData("gitlab", "everything", "--publish")]
    public void One_component_files_are_as_they_were(string forge, string shape, string flags)
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n").WriteFile("steward.yml", shape == "plain" ? Plain : Everything).Commit("feat: first");

        var text = Init(repo, forge, flags);

        Golden.Assert($"Ci/one-component-{shape}-{forge}{flags.Replace(" ", string.Empty, StringComparison.Ordinal)}.yml", text);
    }

    internal static string Init(TempGitRepository repo, string forge, string flags)
    {
        var result = StewardRunner.Run(repo.Root, ["init", "--ci", forge, "--force", .. flags.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        result.ExitCode.Should().Be(0, result.Error);
        var path = forge switch { "github" => ".github/workflows/steward.yml", "gitea" => ".gitea/workflows/steward.yml", _ => ".gitlab-ci.yml" };
        return ToolVersion().Replace(repo.ReadFile(path), "STEWARD_VERSION: '<version>'");
    }

    [GeneratedRegex("STEWARD_VERSION: '[^']*'")]
    private static partial Regex ToolVersion();
}
