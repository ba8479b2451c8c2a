using Steward.Core.Changelog.Rendering;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Changelog;

public class TemplateErrorTests
{
    private static StewardException Fails(string text)
    {
        var template = new ChangelogTemplate(".github/notes.hbs", text, IsBuiltIn: false);
        var act = () => CompiledTemplate.Compile(template).Render(Scenario.Build(null));
        return act.Should().Throw<StewardException>().Which;
    }

    [Fact]
    public void A_syntax_error_names_the_file_and_line()
    {
        var e = Fails("## {{version}}\n\n{{#each sections}}\n{{title}\n{{/each}}\n");

        e.Kind.Should().Be(FailureKind.InvalidInput);
        e.Message.Should().StartWith(".github/notes.hbs:4: template error: ");
    }

    [Fact]
    public void An_unclosed_block_names_the_file_and_line_of_the_stray_close()
    {
        var e = Fails("## {{version}}\n{{#if compareUrl}}\nx\n{{/each}}\n");

        e.Message.Should().StartWith(".github/notes.hbs:4: template error: ");
    }

    [Fact]
    public void An_unknown_variable_names_the_file_line_and_variable()
    {
        var e = Fails("## {{version}}\n\n{{#each sections}}\n### {{titel}}\n{{/each}}\n");

        e.Message.Should().Be(".github/notes.hbs:4: template error: unknown variable 'titel' (the variables are listed in docs/changelog.md); fix the template, or use a built-in one (keepachangelog, github, full)");
    }

    [Fact]
    public void An_unknown_block_helper_names_the_file_and_line()
    {
        var e = Fails("## {{version}}\n\n{{#sorted sections}}x{{/sorted}}\n");

        e.Message.Should().StartWith(".github/notes.hbs:3: template error: ");
    }

    [Theory]
    [InlineData("a\n{{#if}}\nx\n{{/if}}\n", ".github/notes.hbs:2: template error: '{{#if}}' needs an argument, e.g. {{#if compareUrl}}")]
    [InlineData("a\n\n{{#each}}x{{/each}}\n", ".github/notes.hbs:3: template error: ")]
    [InlineData("x\n{{lookup}}\n", ".github/notes.hbs:2: template error: '{{lookup}}' takes 2 or 3 arguments, e.g. {{lookup this \"name\"}}")]
    [InlineData("x\n\n{{#with}}{{/with}}\n", ".github/notes.hbs:3: template error: ")]
    [InlineData("x\n{{#each sections}}{{#each entries}}{{description.x}}{{/each}}{{/each}}\n", ".github/notes.hbs:2: template error: unknown variable 'x'")]
    [InlineData("x\n\n{{> footer}}\n", ".github/notes.hbs:3: template error: partial 'footer' is not known; a template cannot include partials")]
    public void Helper_misuse_and_unknown_paths_are_one_line_naming_the_file_and_line(string text, string message)
    {
        var e = Fails(text);

        e.Kind.Should().Be(FailureKind.InvalidInput);
        e.Message.Should().StartWith(message).And.EndWith("fix the template, or use a built-in one (keepachangelog, github, full)").And.NotContain("\n");
    }

    [Theory]
    [InlineData("a\n{{#if compareUrl}}\nx\n{{/each}}\n", ".github/notes.hbs:4: template error: '{{/each}}' closes '{{#if}}' opened on line 2; close it with '{{/if}}'")]
    [InlineData("a\n{{#each sections}}\nx\n", ".github/notes.hbs:2: template error: '{{#each}}' is not closed by '{{/each}}'")]
    [InlineData("a\nb\n{{/if}}\n", ".github/notes.hbs:3: template error: '{{/if}}' closes no block")]
    [InlineData("a\n{{upper version}}\n", ".github/notes.hbs:2: template error: unknown helper 'upper' (the helpers are lookup, log; the block helpers are if, unless, each, with)")]
    [InlineData("a\n{{#sorted sections}}x{{/sorted}}\n", ".github/notes.hbs:2: template error: unknown block helper 'sorted' (the block helpers are if, unless, each, with)")]
    public void Structure_errors_are_found_by_Steward_and_name_the_line(string text, string message) =>
        Fails(text).Message.Should().StartWith(message + "; fix the template");

    [Theory]
    [InlineData("{{!-- a comment with }} inside --}}\n## {{version}}\n")]
    [InlineData("## {{{version}}}\n")]
    [InlineData("\\{{literal}} ## {{version}}\n")]
    [InlineData("{{#each sections as |section|}}{{section.title}}{{/each}}\n")]
    [InlineData("{{~#if compareUrl~}}x{{~else~}}y{{~/if~}}\n")]
    [InlineData("{{lookup this \"version\"}}\n")]
    public void Valid_handlebars_the_structure_check_must_not_refuse(string text)
    {
        var template = new ChangelogTemplate(".github/notes.hbs", text, IsBuiltIn: false);

        var act = () => CompiledTemplate.Compile(template).Render(Scenario.Build(null));

        act.Should().NotThrow();
    }

    [Fact]
    public void Every_built_in_template_compiles_and_renders() =>
        BuiltInTemplates.Names.Select(n => CompiledTemplate.Compile(BuiltInTemplates.Find(n)!).Render(Scenario.Build(Scenario.GitHub)))
            .Should().OnlyContain(text => text.Length > 0 && text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal));

    [Fact]
    public void An_unknown_built_in_name_is_not_found() => BuiltInTemplates.Find("keep-a-changelog").Should().BeNull();
}
