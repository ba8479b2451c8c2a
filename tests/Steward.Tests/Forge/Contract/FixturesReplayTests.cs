using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Steward.Core.Forge;
using Steward.Forges;
using Steward.Forges.GitHub;
using Xunit;

namespace Steward.Tests.Forge.Contract;

/// <summary>
/// GitHub's own recorded exchanges replayed (@octokit/fixtures through @octokit/fixtures-server on 127.0.0.1): the
/// <c>release-assets-conflict</c> scenario, an upload whose name is taken by an asset left behind, which Steward's
/// GitHub client must finish by listing the assets, deleting that one and uploading again. The server answers only
/// the recorded requests, in order, with the recorded headers, so any other call or header fails the replay.
/// </summary>
[Trait("Category", ContractTools.Category)]
public sealed class FixturesReplayTests : IAsyncLifetime
{
    private const string RecordedToken = "0000000000000000000000000000000000000001";
    private NodeServer server = null!;

    public async Task InitializeAsync()
    {
        if (ContractTools.Missing() is null)
        {
            server = await NodeServer.StartAsync("node", [ContractTools.FixturesServer, "{port}"], "listening on", TimeSpan.FromSeconds(120));
        }
    }

    public Task DisposeAsync()
    {
        server?.Dispose();
        return Task.CompletedTask;
    }

    [ContractFact]
    public async Task An_upload_conflicting_with_a_left_over_asset_deletes_it_and_uploads_again()
    {
        using var http = new HttpClient();
        using var load = await http.PostAsJsonAsync($"{server.Url}/fixtures", new Dictionary<string, string> { ["scenario"] = "release-assets-conflict" });
        load.EnsureSuccessStatusCode();
        using var loaded = JsonDocument.Parse(await load.Content.ReadAsStringAsync());
        var api = new Uri(loaded.RootElement.GetProperty("url").GetString()!);
        var location = new ForgeLocation(ForgeKind.GitHub, api, "octokit-fixture-org/release-assets-conflict");
        using var client = new HttpClient();
        GitHubClient.Configure(client, new ForgeToken(RecordedToken, "GITHUB_TOKEN"), "steward-tests");
        var github = new GitHubClient(location, new ForgeHttp(client, new ForgeHttpSettings { Clock = new RecordingClock() }));

        var release = await github.FindReleaseAsync("v1.0.0", CancellationToken.None);
        release.Should().NotBeNull();
        release!.Draft.Should().BeFalse();
        var asset = await github.UploadAsync(release, "test-upload.txt", "test", "text/plain", () => new MemoryStream(Encoding.UTF8.GetBytes("Hello, world!\n")), CancellationToken.None);

        asset.Name.Should().Be("test-upload.txt");
        asset.Id.Should().Be(1001);
        github.Http.Calls.Select(c => $"{c.Method} {new Uri(c.Url).AbsolutePath.Split(loaded.RootElement.GetProperty("id").GetString()!)[^1]} {c.Status}").Should().Equal(
            "GET /repos/octokit-fixture-org/release-assets-conflict/releases/tags/v1.0.0 200",
            "POST /repos/octokit-fixture-org/release-assets-conflict/releases/1000/assets 422",
            "GET /repos/octokit-fixture-org/release-assets-conflict/releases/1000/assets 200",
            "DELETE /repos/octokit-fixture-org/release-assets-conflict/releases/assets/1000 204",
            "POST /repos/octokit-fixture-org/release-assets-conflict/releases/1000/assets 201");
    }
}
