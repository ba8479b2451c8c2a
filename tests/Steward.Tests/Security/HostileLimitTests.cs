using System.Text;

namespace Steward.Tests.Security;

/// <summary>
/// What a committed file may cost: every user regex has a match timeout, a target file has a size limit, a template
/// has bounded nesting and output, and a key written twice is refused; each is one line, exit 2, nothing written
/// (issue 14).
/// </summary>
public sealed class HostileLimitTests : IDisposable
{
    private readonly HostileRepository repo = new();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_catastrophic_target_pattern_times_out_with_one_line_naming_the_key()
    {
        repo.Work.WriteFile("steward.yml", "propagate:\n  targets:\n    - path: slow.txt\n      pattern: '(?<version>(a+)+)b'\n");
        repo.Work.WriteFile("slow.txt", new string('a', 40) + "c\n");
        repo.Contribute("chore: a target");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "steward.yml:3: propagate.targets[0].pattern '(?<version>(a+)+)b': matching took longer than 1 s");
    }

    [Fact]
    public void A_catastrophic_changelog_exclude_times_out_with_one_line_naming_the_key()
    {
        repo.Work.WriteFile("steward.yml", "changelog:\n  exclude:\n    - '(a+)+b'\n");
        repo.Contribute("fix: " + new string('a', 40) + "c");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "steward.yml: changelog.exclude '(a+)+b': matching took longer than 1 s");
    }

    [Fact]
    public void A_tracked_target_over_the_size_limit_is_refused_with_one_line()
    {
        repo.Work.WriteFile("steward.yml", "propagate:\n  targets:\n    - path: huge.txt\n      pattern: 'v=(?<version>[0-9.]+)'\n");
        repo.Work.WriteBytes("huge.txt", Encoding.ASCII.GetBytes("v=1.0.0\n" + new string('x', 17 * 1024 * 1024)));
        repo.Contribute("chore: a huge target");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "huge.txt: is 17 MiB, over the 16 MiB a version file may be");
    }

    [Fact]
    public void A_template_whose_output_multiplies_is_stopped_at_the_limit()
    {
        var filler = new string('x', 2000);
        repo.Work.WriteFile("bomb.hbs",
            $"{{{{#each sections}}}}{{{{#each ../sections}}}}{{{{#each ../../sections}}}}{{{{#each ../../../sections}}}}{filler}{{{{/each}}}}{{{{/each}}}}{{{{/each}}}}{{{{/each}}}}\n");
        repo.Work.WriteFile("steward.yml", "changelog:\n  template: bomb.hbs\n");
        repo.Contribute("chore: a template");
        var before = repo.State();

        var result = repo.Run("release", "--push");

        repo.ShouldBeRefused(result, before, "bomb.hbs: template error: the rendered text of one release passed 4 MiB characters");
    }

    [Fact]
    public void A_template_nested_too_deep_is_refused_with_its_line()
    {
        repo.Work.WriteFile("deep.hbs", "## {{version}}\n" + string.Concat(Enumerable.Repeat("{{#each sections}}", 5)) + string.Concat(Enumerable.Repeat("{{/each}}", 5)) + "\n");
        repo.Work.WriteFile("steward.yml", "changelog:\n  notesTemplate: deep.hbs\n");
        repo.Contribute("chore: a template");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "deep.hbs:2: template error: blocks are nested too deep");
    }

    [Fact]
    public void A_template_that_includes_itself_is_refused_before_it_runs()
    {
        repo.Work.WriteFile("loop.hbs", "## {{version}}\n{{#*inline \"again\"}}x{{> again}}{{/inline}}{{> again}}\n");
        repo.Work.WriteFile("steward.yml", "changelog:\n  template: loop.hbs\n");
        repo.Contribute("chore: a template");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "loop.hbs:2: template error: a template cannot define partials");
    }

    [Fact]
    public void A_key_written_twice_in_steward_yml_is_refused_naming_both_lines()
    {
        repo.Work.WriteFile("steward.yml", "changelog:\n  file: CHANGELOG.md\n  template: keepachangelog\n  file: docs/CHANGES.md\n");
        repo.Contribute("chore: configuration");
        var before = repo.State();

        var result = repo.Run("release");

        repo.ShouldBeRefused(result, before, "steward.yml:4: duplicate key 'file', already on line 2; keep one of them");
    }

    [Fact]
    public void A_key_written_twice_in_release_images_json_is_refused_naming_both_lines()
    {
        repo.Work.WriteFile("release-images.json", "{\"images\": [{\n  \"name\": \"ghcr.io/acme/app\",\n  \"context\": \".\",\n  \"context\": \"..\"\n}]}\n");
        repo.Contribute("build: images");
        var before = repo.State();

        var result = repo.Run("images", "--version", "1.1.0");

        repo.ShouldBeRefused(result, before, "release-images.json:4: duplicate key 'context', already on line 3; keep one of them");
    }
}
