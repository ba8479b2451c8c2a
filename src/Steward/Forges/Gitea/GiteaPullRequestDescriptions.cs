using System.Globalization;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.Gitea;

/// <summary>A pull request's description on Gitea and Forgejo: <c>GET /repos/{owner}/{repo}/pulls/{index}</c>, its <c>body</c>.</summary>
internal sealed class GiteaPullRequestDescriptions(ForgeLocation location, ForgeHttp http) : IPullRequestDescriptions
{
    public string Name => "Gitea";

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
            var pull = JsonSerializer.Deserialize(response.Body, GiteaJson.Default.GiteaPullDto) ?? throw Messages.ForgeAnswerInvalid(Name, "GET pull", "null");
            return pull.Body ?? string.Empty;
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(Name, "GET pull", $"line {e.LineNumber + 1}");
        }
    }
}
