using Steward.Tests.Support;

namespace Steward.Tests.Security;

/// <summary>
/// Paths from committed files and well-known names go through one resolver: outside the repository, through a
/// symbolic link or into <c>.git</c>, they are refused before anything is read or written (issue 14).
/// </summary>
public sealed class HostilePathTests : IDisposable
{
    private readonly HostileRepository repo = new();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_notes_template_outside_the_repository_is_never_read_into_the_pushed_tag()
    {
        repo.Work.WriteFile("steward.yml", $"changelog:\n  notesTemplate: {repo.SecretPath}\n");
        repo.Contribute("chore: tidy the configuration");
        var before = repo.State();

        var result = repo.Run("release", "--push");

        repo.ShouldBeRefused(result, before,
            $"steward.yml: changelog.notesTemplate {repo.SecretPath}: refusing to read outside the repository");
    }

    [Fact]
    public void A_changelog_template_that_climbs_out_with_dot_dot_is_refused()
    {
        var climb = Path.GetRelativePath(repo.Work.Root, repo.SecretPath);
        repo.Work.WriteFile("steward.yml", $"changelog:\n  template: {climb}\n");
        repo.Contribute("chore: tidy the configuration");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, $"steward.yml: changelog.template {climb}: refusing to read outside the repository");
    }

    [Fact]
    public void A_committed_template_that_is_a_symbolic_link_is_refused_by_its_name()
    {
        File.CreateSymbolicLink(repo.Work.FullPath("notes.hbs"), repo.SecretPath);
        repo.Work.WriteFile("steward.yml", "changelog:\n  notesTemplate: notes.hbs\n");
        repo.Contribute("chore: release notes template");
        var before = repo.State();

        var result = repo.Run("release", "--push");

        repo.ShouldBeRefused(result, before,
            "steward.yml: changelog.notesTemplate notes.hbs: refusing to read through the symbolic link notes.hbs");
    }

    [Theory]
    [InlineData(".git/config")]
    [InlineData(".GIT/config")]
    [InlineData("./docs/../.git/hooks/pre-commit")]
    [InlineData(".git")]
    public void A_changelog_file_in_git_s_own_directory_is_refused(string file)
    {
        repo.Work.WriteFile("steward.yml", $"changelog:\n  file: {file}\n");
        repo.Contribute("chore: move the changelog");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, $"changelog.file {file}: refusing to write inside .git");
    }

    [Theory]
    [InlineData("release")]
    [InlineData("version")]
    [InlineData("next")]
    public void A_version_file_that_is_a_symbolic_link_is_refused_before_it_is_read(string verb)
    {
        File.Delete(repo.Work.FullPath("VERSION"));
        File.CreateSymbolicLink(repo.Work.FullPath("VERSION"), repo.SecretPath);
        repo.Contribute("chore: share the version");
        var before = repo.State();

        var result = repo.Run(verb);

        if (verb == "next" && result.ExitCode == 0)
        {
            // 'next' reads history, not the work tree's VERSION: nothing of the secret is read either way.
            (result.Out + result.Error).Should().NotContain(HostileRepository.Secret);
            return;
        }

        repo.ShouldBeRefused(result, before, "VERSION: refusing to read through the symbolic link VERSION;");
    }

    [Fact]
    public void Artifacts_never_write_through_a_committed_dist_link()
    {
        Directory.CreateSymbolicLink(repo.Work.FullPath("dist"), repo.Outside);
        repo.Contribute("chore: dist");
        var before = repo.State();

        var result = repo.Run("artifacts", "--version", "1.0.0");

        repo.ShouldBeRefused(result, before, "--out dist: refusing to write through the symbolic link dist;");
    }

    [Fact]
    public void Artifacts_out_outside_the_repository_is_allowed_when_typed_on_the_command_line()
    {
        var target = Path.Combine(repo.Outside, "out");

        var result = repo.Run("artifacts", "--version", "1.0.0", "--out", target);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.EnumerateFiles(target).Should().Contain(f => f.EndsWith("SHA256SUMS", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_context_outside_the_repository_is_refused_in_release_images_json()
    {
        repo.Work.WriteFile("release-images.json", $"{{\"images\": [{{\"name\": \"ghcr.io/acme/app\", \"context\": \"{repo.Outside}\"}}]}}\n");
        repo.Contribute("build: images");
        var before = repo.State();

        var result = repo.Run("images", "--version", "1.1.0");

        repo.ShouldBeRefused(result, before, $"release-images.json: images[0].context {repo.Outside}: refusing to read outside the repository");
    }

    [Fact]
    public void An_image_dockerfile_through_a_link_is_refused_in_steward_yml()
    {
        File.CreateSymbolicLink(repo.Work.FullPath("Dockerfile"), repo.SecretPath);
        repo.Work.WriteFile("steward.yml", "artifacts:\n  images:\n    - name: ghcr.io/acme/app\n");
        repo.Contribute("build: images");
        var before = repo.State();

        var result = repo.Run("images", "--version", "1.1.0");

        repo.ShouldBeRefused(result, before, "steward.yml: artifacts.images[0].dockerfile Dockerfile: refusing to read through the symbolic link Dockerfile;");
    }

    [Fact]
    public void A_steward_yml_that_is_a_symbolic_link_is_refused_before_it_is_read()
    {
        File.CreateSymbolicLink(repo.Work.FullPath("steward.yml"), repo.SecretPath);
        repo.Contribute("chore: shared configuration");
        var before = repo.State();

        var result = repo.Run("release", "--dry-run");

        repo.ShouldBeRefused(result, before, "steward.yml: refusing to read through the symbolic link steward.yml;");
    }
}
