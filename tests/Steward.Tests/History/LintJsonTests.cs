using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.History;

public sealed class LintJsonTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void A_range_reports_the_failing_commits_with_their_violations_and_exit_1()
    {
        repo.Commit("feat: first");
        repo.Tag("v1.0.0");
        repo.Commit("fix: fine");
        var bad = repo.Commit("Fixed the thing");

        var result = StewardRunner.Run(repo.Root, "lint", "--json");

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("checked").GetInt32().Should().Be(2);
        root.GetProperty("failed").GetInt32().Should().Be(1);
        var message = root.GetProperty("messages")[0];
        message.GetProperty("sha").GetString().Should().Be(bad);
        message.GetProperty("subject").GetString().Should().Be("Fixed the thing");
        message.GetProperty("violations")[0].GetProperty("rule").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("problems").GetInt32().Should().Be(message.GetProperty("violations").GetArrayLength());
    }

    [Fact]
    public void A_good_message_file_reports_no_problems()
    {
        repo.WriteFile("msg.txt", "feat: fine\n");

        var result = StewardRunner.Run(repo.Root, "lint", "--message-file", "msg.txt", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("file").GetString().Should().Be("msg.txt");
        json.RootElement.GetProperty("checked").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("messages").GetArrayLength().Should().Be(0);
    }
}
