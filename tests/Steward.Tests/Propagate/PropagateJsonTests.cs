using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class PropagateJsonTests : IDisposable
{
    private readonly TempGitRepository repo = SampleProject.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void The_targets_their_changes_and_the_git_steps_are_one_document()
    {
        var result = StewardRunner.Run(repo.Root, "propagate", "--tag", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("tagged: v1.2.0");
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("1.2.0");
        var package = root.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "package.json");
        package.GetProperty("changed").GetBoolean().Should().BeTrue();
        var change = package.GetProperty("changes")[0];
        change.GetProperty("found").GetString().Should().Be("0.1.0");
        change.GetProperty("expected").GetString().Should().Be("1.2.0");
        change.GetProperty("line").GetInt32().Should().Be(3);
        root.GetProperty("commitMessage").GetString().Should().Be("chore(release): 1.2.0");
        root.GetProperty("commit").GetString().Should().Be(repo.Git("rev-parse", "HEAD").Trim());
        root.GetProperty("tag").GetString().Should().Be("v1.2.0");
        root.GetProperty("pushedTo").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("released").GetBoolean().Should().BeTrue();
        repo.ReadFile("package.json").Should().Contain("\"version\": \"1.2.0\"");
        repo.Git("tag", "--list").Should().Be("v1.2.0\n");
    }
}
