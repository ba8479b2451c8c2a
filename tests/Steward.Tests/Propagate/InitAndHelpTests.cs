using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class InitAndHelpTests
{
    [Theory]
    [InlineData("propagate")]
    [InlineData("check")]
    [InlineData("init")]
    public void Help_is_complete(string verb)
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, verb, "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert($"Propagate/help-{verb}.txt", result.Out);
    }

    [Fact]
    public void Init_writes_a_commented_configuration_that_lists_the_detected_targets_and_loads()
    {
        using var repo = SampleProject.Create();

        var result = StewardRunner.Run(repo.Root, "init");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("wrote steward.yml (6 detected targets in 5 files)\n");
        Golden.Assert("Propagate/init-steward.yml", repo.ReadFile("steward.yml"));
        StewardRunner.Run(repo.Root, "check").Error.Should().NotContain("steward.yml", "the written file is valid configuration");
    }

    /// <summary>docs/configuration.md promises every key at its default, commented: uncommented, the file loads as the defaults.</summary>
    [Fact]
    public void Init_writes_every_key_at_its_default_commented_out()
    {
        using var repo = SampleProject.Create();
        StewardRunner.Run(repo.Root, "init").ExitCode.Should().Be(0);
        var written = repo.ReadFile("steward.yml");

        // A setting is commented as '#key: value' (nested: '#  key: value'); an explanation as '# text'.
        var uncommented = string.Join('\n', written.Split('\n').Select(l =>
            l.Length > 1 && l[0] == '#' && ((l[1] != ' ' && l[1] != '#') || l.StartsWith("#  ", StringComparison.Ordinal)) ? l[1..] : l));
        var config = Steward.Configuration.ConfigLoader.Parse("steward.yml", uncommented);

        var missing = new List<string>();
        Keys(typeof(Core.Configuration.StewardConfig), string.Empty, missing, uncommented);
        missing.Should().BeEmpty("every key is written");
        System.Text.Json.JsonSerializer.Serialize(config).Should().Be(System.Text.Json.JsonSerializer.Serialize(new Core.Configuration.StewardConfig()));
    }

    private static void Keys(Type type, string indent, List<string> missing, string text)
    {
        foreach (var property in type.GetProperties())
        {
            var key = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (!text.Contains($"\n{indent}{key}:", StringComparison.Ordinal))
            {
                missing.Add($"{indent}{key}");
            }

            var nested = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (nested.Namespace == typeof(Core.Configuration.StewardConfig).Namespace && nested.IsClass && !nested.IsArray
                && text.Contains($"\n{indent}{key}:\n", StringComparison.Ordinal))
            {
                Keys(nested, indent + "  ", missing, text);
            }
        }
    }

    [Fact]
    public void Init_refuses_to_replace_an_existing_configuration_unless_forced()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("steward.yml", "tagPrefix: x\n");

        var refused = StewardRunner.Run(repo.Root, "init");
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be("steward: error: steward.yml: already exists; edit it, or pass --force to replace it\n");
        repo.ReadFile("steward.yml").Should().Be("tagPrefix: x\n");

        StewardRunner.Run(repo.Root, "init", "--force").ExitCode.Should().Be(0);
        repo.ReadFile("steward.yml").Should().StartWith("# steward.yml");
    }
}
