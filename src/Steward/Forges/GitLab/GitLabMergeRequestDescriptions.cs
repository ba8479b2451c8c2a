using System.Globalization;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitLab;

/// <summary>A merge request's description on GitLab: <c>GET /projects/:id/merge_requests/:iid</c>, its <c>description</c>.</summary>
internal sealed class GitLabMergeRequestDescriptions(ForgeLocation location, ForgeHttp http) : IPullRequestDescriptions
{
    public string Name => "GitLab";

    public async Task<string?> DescriptionAsync(long number, CancellationToken cancellation)
    {
        var url = new Uri($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}/merge_requests/{number.ToString(CultureInfo.InvariantCulture)}");
        var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, url, Idempotent: true), cancellation, notFoundIsAnswer: true);
        if (response.Status == 404)
        {
            return null;
        }

        return ForgeAnswers.Read(response, GitLabJson.Default.GitLabMergeRequestDto, Name, "GET merge request").Description ?? string.Empty;
    }
}
