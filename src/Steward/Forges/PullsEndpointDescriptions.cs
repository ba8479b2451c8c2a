using System.Globalization;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>
/// A pull request's description where the API has GitHub's shape, <c>GET /repos/{owner}/{repo}/pulls/{number}</c> and
/// its <c>body</c>: GitHub, and Gitea and Forgejo (where the number is the pull request's index). Each forge reads the
/// answer with its own JSON contract (<paramref name="bodyOf"/>: null for a null answer, empty for a null body).
/// </summary>
internal sealed class PullsEndpointDescriptions(string name, ForgeLocation location, ForgeHttp http, Func<string, string?> bodyOf) : IPullRequestDescriptions
{
    public string Name => name;

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
            return bodyOf(response.Body) ?? throw Messages.ForgeAnswerInvalid(Name, "GET pull", "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(Name, "GET pull", $"line {e.LineNumber + 1}");
        }
    }
}
