using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges.GitHub;

/// <summary>
/// GitHub's (and GitHub Enterprise Server's) release API: releases, their assets and the repository. A small typed
/// client of Steward's own rather than Octokit (docs/dependencies.md): Octokit lacks the newer release fields Steward
/// needs (an asset's <c>digest</c>, <c>make_latest</c>) and is not trim-annotated for Native AOT.
/// </summary>
internal sealed class GitHubClient : IForgeClient
{
    /// <summary>GitHub takes release assets up to 2 GiB each.</summary>
    public const long AssetLimit = 2L * 1024 * 1024 * 1024;

    private const int PageSize = 100;

    private const int MaxPages = 100;

    private readonly ForgeLocation location;

    public GitHubClient(ForgeLocation location, ForgeHttp http)
    {
        this.location = location;
        Http = http;
    }

    public string Name => "GitHub";

    public long MaxAssetSize => AssetLimit;

    public bool SupportsDrafts => true;

    public ForgeHttp Http { get; }

    /// <summary>The headers of every GitHub call: its v3 JSON media type, the API version, and the token.</summary>
    public static void Configure(HttpClient client, ForgeToken token, string userAgent)
    {
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github.v3+json"));
        client.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", token.Value);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    /// <summary>
    /// The release of <paramref name="tag"/>, drafts included: get-by-tag answers published releases only, so a 404
    /// there reads the release list (newest first, where a draft of a new release is).
    /// </summary>
    public async Task<ForgeRelease?> FindReleaseAsync(string tag, CancellationToken cancellation)
    {
        var byTag = await Http.SendAsync(Get(Repo($"/releases/tags/{Uri.EscapeDataString(tag)}")), cancellation, notFoundIsAnswer: true);
        if (byTag.Status != 404)
        {
            return ToRelease(Read(byTag, GitHubJson.Default.GitHubReleaseDto, "GET release by tag"));
        }

        var found = await ForgePages.FirstAsync(
            Http,
            page => Repo($"/releases?per_page={PageSize}&page={page}"),
            response => Read(response, GitHubJson.Default.ListGitHubReleaseDto, "GET releases"),
            r => r.TagName == tag,
            new(PageSize, MaxPages) { IsLast = (response, count) => count < PageSize || response.Header("Link")?.Contains("rel=\"next\"", StringComparison.Ordinal) == false },
            cancellation);
        return found is null ? null : ToRelease(found);
    }

    public async Task<ForgeRelease> CreateDraftAsync(WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GitHubReleaseWrite
        {
            TagName = wanted.Tag,
            Name = wanted.Name,
            Body = wanted.Notes,
            Draft = true,
            Prerelease = wanted.Prerelease,
        };
        try
        {
            var response = await Http.SendAsync(Write(HttpMethod.Post, Repo("/releases"), body, idempotent: false), cancellation);
            return ToRelease(Read(response, GitHubJson.Default.GitHubReleaseDto, "POST release"));
        }
        catch (ForgeHttpException e) when (e.Status == 422 && ForgeErrorText.IsAlreadyExists(e.Body))
        {
            // A release of this tag exists after all (an earlier create that timed out did happen): read it again.
            throw new ForgeHttpException(e.Failure, e.Call, e.Status, e.Reason, e.Attempts, uncertain: true, e) { Body = e.Body };
        }
    }

    public async Task<ForgeRelease> UpdateAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GitHubReleaseWrite { Name = wanted.Name, Body = wanted.Notes, Prerelease = wanted.Prerelease };
        var response = await Http.SendAsync(Write(HttpMethod.Patch, Repo($"/releases/{release.Id}"), body, idempotent: true), cancellation);
        return ToRelease(Read(response, GitHubJson.Default.GitHubReleaseDto, "PATCH release"));
    }

    public async Task DeleteAssetAsync(ForgeRelease release, ForgeAsset asset, CancellationToken cancellation) =>
        // Gone already (a delete whose answer was lost): that is what was wanted.
        await Http.SendAsync(new ForgeRequest(HttpMethod.Delete, Repo($"/releases/assets/{asset.Id}"), Idempotent: true), cancellation, notFoundIsAnswer: true);

    public Task<ForgeAsset> UploadAsync(ForgeRelease release, WantedAsset asset, string fullPath, CancellationToken cancellation) =>
        UploadAsync(release, asset.Name, null, () => File.OpenRead(fullPath), cancellation);

    /// <summary>
    /// Uploads one asset as application/octet-stream, the one media type GitHub's OpenAPI description declares for it.
    /// An asset of that name left by an upload that never finished makes GitHub answer 422 already_exists: the assets
    /// are read, that one deleted, and the upload made once more.
    /// </summary>
    public Task<ForgeAsset> UploadAsync(ForgeRelease release, string name, string? label, Func<Stream> open, CancellationToken cancellation) =>
        UploadAsync(release, name, label, "application/octet-stream", open, cancellation);

    /// <summary>An upload with the given media type (GitHub serves the file with it).</summary>
    public async Task<ForgeAsset> UploadAsync(ForgeRelease release, string name, string? label, string contentType, Func<Stream> open, CancellationToken cancellation)
    {
        var url = UploadUrl(release, name, label);
        try
        {
            return await UploadOnceAsync(url, contentType, open, cancellation);
        }
        catch (ForgeHttpException e) when (e.Status == 422 && ForgeErrorText.IsAlreadyExists(e.Body))
        {
            var stale = await FindAssetAsync(release, name, cancellation);
            if (stale is null)
            {
                throw;
            }

            await Http.SendAsync(new ForgeRequest(HttpMethod.Delete, Repo($"/releases/assets/{stale.Id}"), Idempotent: true), cancellation, notFoundIsAnswer: true);
            return await UploadOnceAsync(url, contentType, open, cancellation);
        }
    }

    /// <summary>A release's asset by name: the first page as GitHub gives it (30), then pages of 100 if it holds more.</summary>
    private async Task<GitHubAssetDto?> FindAssetAsync(ForgeRelease release, string name, CancellationToken cancellation)
    {
        var first = Read(await Http.SendAsync(Get(Repo($"/releases/{release.Id}/assets")), cancellation), GitHubJson.Default.ListGitHubAssetDto, "GET release assets");
        var found = first.FirstOrDefault(a => a.Name == name);
        if (found is not null || first.Count < 30)
        {
            return found;
        }

        return await ForgePages.FirstAsync(
            Http,
            page => Repo($"/releases/{release.Id}/assets?per_page={PageSize}&page={page}"),
            response => Read(response, GitHubJson.Default.ListGitHubAssetDto, "GET release assets"),
            a => a.Name == name,
            new(PageSize, MaxPages),
            cancellation);
    }

    public async Task<ForgeRelease> PublishAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GitHubReleaseWrite { Draft = false, MakeLatest = wanted.MakeLatest ? "true" : "false" };
        var response = await Http.SendAsync(Write(HttpMethod.Patch, Repo($"/releases/{release.Id}"), body, idempotent: true), cancellation);
        return ToRelease(Read(response, GitHubJson.Default.GitHubReleaseDto, "PATCH release"));
    }

    public IReadOnlyList<ForgeCall> Planned(PublishStep step, ForgeRelease? existing)
    {
        var id = existing?.Id.ToString(CultureInfo.InvariantCulture) ?? "{release_id}";
        return [step.Kind switch
        {
            PublishStepKind.CreateDraft => new ForgeCall("POST", Repo("/releases").AbsoluteUri, null),
            PublishStepKind.UpdateRelease or PublishStepKind.Publish => new ForgeCall("PATCH", Repo($"/releases/{id}").AbsoluteUri, null),
            PublishStepKind.DeleteAsset => new ForgeCall("DELETE", Repo($"/releases/assets/{step.Existing!.Id}").AbsoluteUri, null),
            _ => new ForgeCall("POST", existing is null ? UploadBase(id) + $"?name={Uri.EscapeDataString(step.Asset!.Name)}" : UploadUrl(existing, step.Asset!.Name, null).AbsoluteUri, null),
        }];
    }

    public async Task<ForgeAccess> CheckAccessAsync(CancellationToken cancellation)
    {
        var response = await Http.SendAsync(Get(Repo(string.Empty)), cancellation);
        var repository = Read(response, GitHubJson.Default.GitHubRepositoryDto, "GET repository");
        return new ForgeAccess(repository.FullName, repository.Permissions?.Push, response.Header("X-OAuth-Scopes"), response.Header("X-RateLimit-Remaining"));
    }

    private async Task<ForgeAsset> UploadOnceAsync(Uri url, string contentType, Func<Stream> open, CancellationToken cancellation)
    {
        var response = await Http.SendAsync(
            new ForgeRequest(HttpMethod.Post, url, Idempotent: false, () => FileContent(open(), contentType), Upload: true),
            cancellation);
        return ToAsset(Read(response, GitHubJson.Default.GitHubAssetDto, "POST release asset"));
    }

    private static StreamContent FileContent(Stream stream, string contentType)
    {
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Headers.ContentLength = stream.Length;
        return content;
    }

    /// <summary>
    /// The release's upload address, filled in. The token goes only to the API's own host or github.com's upload host:
    /// a forge that names another host for uploads does not get it.
    /// </summary>
    private Uri UploadUrl(ForgeRelease release, string name, string? label)
    {
        var template = release.UploadTemplate ?? UploadBase(release.Id.ToString(CultureInfo.InvariantCulture));
        var brace = template.IndexOf('{', StringComparison.Ordinal);
        var query = $"?name={Uri.EscapeDataString(name)}" + (label is null ? string.Empty : $"&label={Uri.EscapeDataString(label)}");
        var url = new Uri((brace >= 0 ? template[..brace] : template) + query);
        var allowed = url.Host == location.Api.Host || (location.Api.Host == "api.github.com" && url.Host == "uploads.github.com");
        return allowed && url.Scheme == location.Api.Scheme ? url : throw Messages.ForgeUploadHostRefused(url.Host, location.Api.Host);
    }

    private string UploadBase(string id) => location.Api.Host == "api.github.com"
        ? $"https://uploads.github.com/repos/{location.Repository}/releases/{id}/assets"
        : $"{location.Api.GetLeftPart(UriPartial.Authority)}/api/uploads/repos/{location.Repository}/releases/{id}/assets";

    private Uri Repo(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Write(HttpMethod method, Uri url, GitHubReleaseWrite body, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, GitHubJson.Default.GitHubReleaseWrite), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw Messages.ForgeAnswerInvalid(Name, call, "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(Name, call, $"line {e.LineNumber + 1}");
        }
    }

    private static ForgeRelease ToRelease(GitHubReleaseDto dto) =>
        new(dto.Id, dto.TagName, dto.Name ?? string.Empty, dto.Body ?? string.Empty, dto.Draft, dto.Prerelease, [.. (dto.Assets ?? []).Select(ToAsset)])
        {
            UploadTemplate = dto.UploadUrl,
        };

    private static ForgeAsset ToAsset(GitHubAssetDto dto) =>
        new(dto.Id, dto.Name, dto.Size, dto.Digest is { } d && d.StartsWith("sha256:", StringComparison.Ordinal) ? d["sha256:".Length..].ToLowerInvariant() : null,
            Complete: dto.State is null or "uploaded");
}
