using Steward.Configuration;
using Steward.Core.Errors;

namespace Steward.Tests.Infrastructure;

public class ConfigLoaderTests
{
    [Fact]
    public void An_absent_or_empty_file_means_every_default()
    {
        ConfigLoader.Parse("steward.yml", string.Empty).TagPrefix.Should().Be("v");
        ConfigLoader.Load(Path.GetTempPath()).TagPrefix.Should().Be("v");
    }

    [Fact]
    public void Keys_are_read()
    {
        ConfigLoader.Parse("steward.yml", "# ours\ntagPrefix: api-v\n").TagPrefix.Should().Be("api-v");
    }

    [Theory]
    [InlineData("tagPrefx: x\n", "steward.yml:1: unknown key 'tagPrefx'; did you mean 'tagPrefix'?")]
    [InlineData("release:\n  comitMessage: x\n", "steward.yml:2: unknown key 'comitMessage'; did you mean 'commitMessage'?")]
    [InlineData("flow:\n  branches:\n    devlop: dev\n", "steward.yml:3: unknown key 'devlop'; did you mean 'develop'?")]
    [InlineData("changelog:\n  zzzzzz: x\n", "steward.yml:2: unknown key 'zzzzzz'")]
    [InlineData("artifacts:\n  images:\n    - nam: x\n", "steward.yml:3: unknown key 'nam'; did you mean 'name'?")]
    [InlineData("release:\n  gates:\n    - name: test\n      comand: [make]\n", "steward.yml:4: unknown key 'comand'; did you mean 'command'?")]
    public void A_mistyped_key_gets_the_closest_key_of_its_section(string yaml, string message)
    {
        var act = () => ConfigLoader.Parse("steward.yml", yaml);
        act.Should().Throw<StewardException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("tagPrefx: x\n", "steward.yml:1: unknown key 'tagPrefx'")]
    [InlineData("tagPrefix: v\n\npropagate:\n  nope: 1\n", "steward.yml:4: unknown key 'nope'")]
    [InlineData("tagPrefix: [1, 2]\n", "steward.yml:1: this value has the wrong shape for its key")]
    [InlineData("tagPrefix: 'unterminated\n", "steward.yml:1:")]
    [InlineData("changelog:\n", "steward.yml:1: this key has no value")]
    [InlineData("changelog:\n  links:\n    remote: ~\n", "steward.yml:3: this key has no value")]
    [InlineData("artifacts:\n  images:\n    - name: a\n      platforms: linux/amd64\n", "steward.yml:4: this value has the wrong shape for its key")]
    [InlineData("changelog:\n  titles:\n    feat:\n      x: y\n", "steward.yml:4: this value has the wrong shape for its key")]
    [InlineData("changelog: notes.md\n", "steward.yml:1: this value has the wrong shape for its key")]
    [InlineData("commits:\n  lint:\n    maxHeaderLength: many\n", "steward.yml:3:")]
    public void Mistakes_name_the_file_and_line(string yaml, string message)
    {
        var act = () => ConfigLoader.Parse("steward.yml", yaml);
        var error = act.Should().Throw<StewardException>().Which;
        error.Kind.Should().Be(FailureKind.InvalidInput);
        error.Message.Should().StartWith(message);
        error.Message.Should().NotContain("\n");
    }

    [Fact]
    public void A_key_that_may_be_empty_and_items_of_sections_are_read()
    {
        var config = ConfigLoader.Parse("steward.yml", "artifacts:\n  signer: ~\n  images:\n    - name: ghcr.io/acme/app\n      tags: [edge]\n");

        config.Artifacts.Signer.Should().BeNull();
        config.Artifacts.Images.Should().ContainSingle().Which.Tags.Should().Equal("edge");
    }
}
