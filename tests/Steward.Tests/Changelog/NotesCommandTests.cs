using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

public class NotesCommandTests
{
    [Fact]
    public void Prints_the_unreleased_notes_with_the_github_template()
    {
        using var repo = ChangelogRepository.Create();
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "notes");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Changelog/notes-unreleased-github.md", result.Out);
        result.Out.Should().NotContain(ChangelogRepository.Token);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Prints_a_released_version_with_the_full_template()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "notes", "--version", "1.0.0", "--template", "full");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Changelog/notes-1.0.0-full.md", result.Out);
    }

    [Fact]
    public void Prints_every_section_with_the_full_template()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "notes", "--template", "full");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Changelog/notes-unreleased-full.md", result.Out);
    }

    [Fact]
    public void Prints_with_the_keepachangelog_template()
    {
        using var repo = ChangelogRepository.Create();

        Golden.Assert("Changelog/notes-unreleased-keepachangelog.md", StewardRunner.Run(repo.Root, "notes", "--template", "keepachangelog").Out);
    }

    [Fact]
    public void A_user_template_file_replaces_the_built_in_one()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("notes.hbs", "Rocket {{version}} ({{date}}), after {{previousVersion}}:\n{{#each nonEmptySections}}\n{{title}}: {{#each entries}}{{rawDescription}}; {{/each}}\n{{/each}}\nThanks {{#each contributors}}{{name}}, {{/each}}\n");

        var result = StewardRunner.Run(repo.Root, "notes", "--template", "notes.hbs");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Changelog/notes-user-template.txt", result.Out);
    }

    [Fact]
    public void An_unknown_variable_in_a_user_template_names_the_file_and_line()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("notes.hbs", "# {{version}}\n\n{{#each sections}}\n{{titel}}\n{{/each}}\n");

        var result = StewardRunner.Run(repo.Root, "notes", "--template", "notes.hbs");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-template-variable.txt", result.Error);
    }

    [Fact]
    public void Output_writes_the_notes_to_a_file()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "notes", "--version", "v1.0.0", "--output", "out/notes.md");

        result.ExitCode.Should().Be(2, "the directory does not exist yet");
        Directory.CreateDirectory(repo.FullPath("out"));
        result = StewardRunner.Run(repo.Root, "notes", "--version", "v1.0.0", "--output", "out/notes.md");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("out/notes.md: notes for 1.0.0\n");
        repo.ReadFile("out/notes.md").Should().Be(StewardRunner.Run(repo.Root, "notes", "--version", "v1.0.0").Out);
    }

    [Theory]
    [InlineData("../notes.md", "--output ../notes.md: refusing to write outside the repository")]
    [InlineData("OUTSIDE/notes.md", "--output OUTSIDE/notes.md: refusing to write outside the repository")]
    [InlineData("out-link/notes.md", "--output out-link/notes.md: refusing to write through the symbolic link out-link;")]
    [InlineData("in-link/notes.md", "--output in-link/notes.md: refusing to write through the symbolic link in-link;")]
    [InlineData("file-link.md", "--output file-link.md: refusing to write through the symbolic link file-link.md;")]
    [InlineData("docs", "--output docs: is a directory; name the file to write")]
    public void Output_outside_the_repository_or_through_a_symbolic_link_is_refused(string output, string message)
    {
        using var repo = ChangelogRepository.Create();
        var outside = Directory.CreateTempSubdirectory("steward-outside-");
        try
        {
            repo.WriteFile("docs/README.md", "docs\n");
            File.WriteAllText(Path.Combine(outside.FullName, "target.md"), "kept\n");
            Directory.CreateSymbolicLink(repo.FullPath("out-link"), outside.FullName);
            Directory.CreateSymbolicLink(repo.FullPath("in-link"), repo.FullPath("docs"));
            File.CreateSymbolicLink(repo.FullPath("file-link.md"), Path.Combine(outside.FullName, "target.md"));
            var before = repo.Snapshot();
            output = output.Replace("OUTSIDE", outside.FullName, StringComparison.Ordinal);
            message = message.Replace("OUTSIDE", outside.FullName, StringComparison.Ordinal);

            var result = StewardRunner.Run(repo.Root, "notes", "--version", "1.0.0", "--output", output);

            result.ExitCode.Should().Be(2, result.Error);
            result.Error.Should().StartWith("steward: error: " + message).And.EndWith("\n");
            result.Error.TrimEnd('\n').Should().NotContain("\n");
            result.Out.Should().BeEmpty();
            repo.Snapshot().Should().Be(before);
            Directory.EnumerateFileSystemEntries(outside.FullName).Should().ContainSingle();
            File.Exists(Path.Combine(repo.Root, "..", "notes.md")).Should().BeFalse();
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void Output_may_be_named_from_a_subdirectory_or_absolutely_inside_the_repository()
    {
        using var repo = ChangelogRepository.Create();
        repo.WriteFile("docs/README.md", "docs\n");

        var result = StewardRunner.Run(repo.FullPath("docs"), "notes", "--version", "1.0.0", "--output", "notes.md");
        var absolute = StewardRunner.Run(repo.Root, "notes", "--version", "1.0.0", "--output", repo.FullPath("notes.md"));

        result.ExitCode.Should().Be(0, result.Error);
        absolute.ExitCode.Should().Be(0, absolute.Error);
        repo.ReadFile("docs/notes.md").Should().Be(repo.ReadFile("notes.md"));
    }

    [Fact]
    public void A_version_that_is_not_one_is_an_error_and_writes_no_output()
    {
        using var repo = ChangelogRepository.Create();
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "notes", "--version", "banana", "--output", "notes.md");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --version banana: not a version (SemVer needs exactly three numbers, MAJOR.MINOR.PATCH); write it as X.Y.Z, e.g. 1.4.0\n");
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_version_without_a_tag_is_an_error_saying_how_to_list_them()
    {
        using var repo = ChangelogRepository.Create();

        var result = StewardRunner.Run(repo.Root, "notes", "--version", "3.0.0");

        result.ExitCode.Should().Be(2);
        Golden.Assert("Changelog/error-no-such-tag.txt", result.Error);
    }

    [Fact]
    public void Works_in_a_bare_repository()
    {
        using var repo = ChangelogRepository.Create();
        using var bare = TempGitRepository.Create(bare: true);
        repo.Git("push", "-q", "--tags", bare.Root, "main");
        bare.Git("remote", "add", "origin", "https://github.com/acme/rocket.git");

        var result = StewardRunner.Run(bare.Root, "notes", "--version", "1.0.0");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(StewardRunner.Run(repo.Root, "notes", "--version", "1.0.0").Out);
    }

    [Fact]
    public void In_a_bare_repository_without_tags_the_first_release_is_the_committed_VERSION()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "0.9.0\n");
        repo.Commit("feat: first feature", "Ada Lovelace", "ada@example.com");
        using var bare = TempGitRepository.Create(bare: true);
        repo.Git("push", "-q", bare.Root, "main");

        var result = StewardRunner.Run(bare.Root, "notes", "--template", "keepachangelog");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("## 0.9.0 - 2026-11-21\n\n### Features\n\n- first feature (`");
    }

    [Fact]
    public void Help_is_complete()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "notes", "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert("Changelog/help-notes.txt", result.Out);
    }
}
