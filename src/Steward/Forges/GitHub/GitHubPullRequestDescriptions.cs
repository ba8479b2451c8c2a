using System.Globalization;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>A pull request's description on GitHub: <c>GET /repos/{owner}/{repo}/pulls/{number}</c>, its <c>body</c>.</summary>
internal sealed class GitHubPullRequestDescriptions(ForgeLocation location, ForgeHttp http) : IPullRequestDescriptions
{
    public string Name => "GitHub";

    public async Task<string?> DescriptionAsync(long number, CancellationToken cancellation)
    {
        var url = new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}/pulls/{number.ToString(CultureInfo.InvariantCulture)}");
        var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, url, Idempotent: true), cancellation, notFoundIsAnswer: true);
        if (response.Status == 404)
        {
            return null;
        }

        try
        {
            var pull = JsonSerializer.Deserialize(response.Body, GitHubPullJson.Default.GitHubPullDto) ?? throw Messages.ForgeAnswerInvalid(Name, "GET pull", "null");
            return pull.Body ?? string.Empty;
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(Name, "GET pull", $"line {e.LineNumber + 1}");
        }
    }
}
