using System.Text;
using System.Text.Json;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitLab;

/// <summary>
/// GitLab's squash and merge commit templates: read from <c>GET /projects/:id</c>, set with <c>PUT /projects/:id</c>
/// to templates with <c>%{description}</c>. The merge template keeps GitLab's default form (the subject, the title, and
/// <c>See merge request</c> last), which Steward reads as a merge request merge. Only a template without the description
/// needs the fix: one that has it but names no merge request (Steward's earlier squash template, <c>%{title}</c> then
/// <c>%{description}</c>) is a maintainer's choice, and doctor does not ask to change it again (docs/publish.md says
/// what the reference adds).
/// </summary>
internal sealed class GitLabMergeMessageSettings(ForgeLocation location, ForgeHttp http) : IMergeMessageSettings
{
    private const string Description = "%{description}";

    /// <summary>The merge commit: GitLab's default with the description after the title.</summary>
    public const string MergeTemplate = "Merge branch '%{source_branch}' into '%{target_branch}'\n\n%{title}\n\n%{description}\n\n%{issues}\n\nSee merge request %{reference}";

    /// <summary>
    /// The squash commit: the title with the merge request's local reference (<c>feat: x (!12)</c>, as GitHub's squash
    /// subjects end with <c>(#15)</c>, so that <c>--pr-notes api</c> knows which merge request to ask for), then the
    /// description. <c>%{local_reference}</c> is <c>!12</c>; <c>%{reference}</c> would be <c>group/project!12</c>.
    /// </summary>
    public const string SquashTemplate = "%{title} (%{local_reference})\n\n%{description}";

    public async Task<(bool CarriesDescription, string Current)> ReadAsync(CancellationToken cancellation)
    {
        var response = await http.SendAsync(new ForgeRequest(HttpMethod.Get, Url, Idempotent: true), cancellation);
        var settings = ForgeAnswers.Read(response, GitLabMergeSettingsJson.Default.GitLabMergeSettingsDto, "GitLab", "GET project");

        static bool Carries(string? template) => template?.Contains(Description, StringComparison.Ordinal) == true;
        static string Say(string? template) => template is null ? "default" : Carries(template) ? "with %{description}" : "without %{description}";
        return (Carries(settings.SquashCommitTemplate) && Carries(settings.MergeCommitTemplate),
            $"squash template: {Say(settings.SquashCommitTemplate)}, merge template: {Say(settings.MergeCommitTemplate)}");
    }

    public async Task SetAsync(CancellationToken cancellation)
    {
        var text = JsonSerializer.Serialize(new GitLabMergeSettingsDto { SquashCommitTemplate = SquashTemplate, MergeCommitTemplate = MergeTemplate }, GitLabMergeSettingsJson.Default.GitLabMergeSettingsDto);
        await http.SendAsync(new ForgeRequest(HttpMethod.Put, Url, true, () => new StringContent(text, Encoding.UTF8, "application/json")), cancellation);
    }

    public ForgeCall PlannedSet() => new("PUT", Url.AbsoluteUri, null);

    private Uri Url => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}");
}
