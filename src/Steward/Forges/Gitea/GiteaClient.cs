using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Forge;

namespace Steward.Forges.Gitea;

/// <summary>
/// Gitea's (and Forgejo's, Codeberg's) release API: releases with drafts and a prerelease flag, attachments uploaded as
/// multipart <c>attachment</c>. Gitea reports no digest for an attachment, so an attachment of a wanted file's name and
/// size is downloaded and hashed before planning (<see cref="IAssetDigests"/>); one whose size differs is replaced
/// without a download. Gitea decides "latest" itself (the newest stable release), so nothing is sent for it.
/// </summary>
internal sealed class GiteaClient : IForgeClient, IAssetDigests
{
    /// <summary>Gitea's default <c>[attachment] MAX_SIZE</c> (2048 MiB); an instance may set it lower (Codeberg does).</summary>
    public const long AssetLimit = 2048L * 1024 * 1024;

    /// <summary>Gitea's default (and usual largest) page: <c>[api] MAX_RESPONSE_ITEMS = 50</c>.</summary>
    private const int PageSize = 50;

    private const int MaxPages = 100;

    private readonly ForgeLocation location;

    /// <summary>Each attachment's download address as last read, by id (the neutral asset carries no URL).</summary>
    private readonly Dictionary<long, string> downloads = [];

    public GiteaClient(ForgeLocation location, ForgeHttp http)
    {
        this.location = location;
        Http = http;
    }

    public string Name => "Gitea";

    public long MaxAssetSize => AssetLimit;

    public bool SupportsDrafts => true;

    public ForgeHttp Http { get; }

    /// <summary>Gitea's token header (<c>Authorization: token X</c>) and JSON.</summary>
    public static void Configure(HttpClient client, ForgeToken token, string userAgent)
    {
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", token.Value);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    /// <summary>
    /// The release of <paramref name="tag"/>, drafts included: get-by-tag answers published releases only, so a 404
    /// there reads the release list (newest first; a token that may push sees drafts in it).
    /// </summary>
    public async Task<ForgeRelease?> FindReleaseAsync(string tag, CancellationToken cancellation)
    {
        var byTag = await Http.SendAsync(Get(Repo($"/releases/tags/{Uri.EscapeDataString(tag)}")), cancellation, notFoundIsAnswer: true);
        if (byTag.Status != 404)
        {
            return ToRelease(Read(byTag, GiteaJson.Default.GiteaReleaseDto, "GET release by tag"));
        }

        var found = await ForgePages.FirstAsync(
            Http,
            page => Repo($"/releases?limit={PageSize}&page={page}"),
            response => Read(response, GiteaJson.Default.ListGiteaReleaseDto, "GET releases"),
            r => r.TagName == tag,
            new(PageSize, MaxPages) { IsLast = IsLastReleasePage },
            cancellation);
        return found is null ? null : ToRelease(found);
    }

    /// <summary>Gitea sends a Link header with rel="next" while there are more; without one, a short page is the last.</summary>
    private static bool IsLastReleasePage(ForgeResponse response, int count)
    {
        var link = response.Header("Link");
        return count == 0 || (link is null ? count < PageSize : !link.Contains("rel=\"next\"", StringComparison.Ordinal));
    }

    public async Task<ForgeRelease> CreateDraftAsync(WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GiteaReleaseWrite { TagName = wanted.Tag, Name = wanted.Name, Body = wanted.Notes, Draft = true, Prerelease = wanted.Prerelease };
        try
        {
            var response = await Http.SendAsync(Write(HttpMethod.Post, Repo("/releases"), body, idempotent: false), cancellation);
            return ToRelease(Read(response, GiteaJson.Default.GiteaReleaseDto, "POST release"));
        }
        catch (ForgeHttpException e) when (e.Status == 409)
        {
            // A release of this tag exists after all (an earlier create whose answer was lost): read it again.
            throw new ForgeHttpException(e.Failure, e.Call, e.Status, e.Reason, e.Attempts, uncertain: true, e) { Body = e.Body };
        }
    }

    public async Task<ForgeRelease> UpdateAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GiteaReleaseWrite { Name = wanted.Name, Body = wanted.Notes, Prerelease = wanted.Prerelease };
        var response = await Http.SendAsync(Write(HttpMethod.Patch, ReleaseUrl(release.Id), body, idempotent: true), cancellation);
        return ToRelease(Read(response, GiteaJson.Default.GiteaReleaseDto, "PATCH release"));
    }

    public async Task DeleteAssetAsync(ForgeRelease release, ForgeAsset asset, CancellationToken cancellation) =>
        // Gone already (a delete whose answer was lost): that is what was wanted.
        await Http.SendAsync(new ForgeRequest(HttpMethod.Delete, AssetUrl(release.Id, asset.Id), Idempotent: true), cancellation, notFoundIsAnswer: true);

    /// <summary>Uploads the file as multipart form data, field <c>attachment</c>; a create, so a lost answer is re-read, not repeated.</summary>
    public async Task<ForgeAsset> UploadAsync(ForgeRelease release, WantedAsset asset, string fullPath, CancellationToken cancellation)
    {
        var url = new Uri($"{ReleaseUrl(release.Id).AbsoluteUri}/assets?name={Uri.EscapeDataString(asset.Name)}");
        var response = await Http.SendAsync(new ForgeRequest(HttpMethod.Post, url, Idempotent: false, () => Multipart(fullPath, asset.Name), Upload: true), cancellation);
        var dto = Read(response, GiteaJson.Default.GiteaAttachmentDto, "POST release attachment");
        return new ForgeAsset(dto.Id, dto.Name, dto.Size, asset.Sha256);
    }

    public async Task<ForgeRelease> PublishAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation)
    {
        var response = await Http.SendAsync(Write(HttpMethod.Patch, ReleaseUrl(release.Id), new GiteaReleaseWrite { Draft = false }, idempotent: true), cancellation);
        return ToRelease(Read(response, GiteaJson.Default.GiteaReleaseDto, "PATCH release"));
    }

    /// <summary>
    /// The SHA-256 of each attachment that has a wanted file's name and size, by download: Gitea keeps no digest, and a
    /// rebuilt file of the same size may still differ. The cost is one download of each such attachment per run (a
    /// rerun of a finished publish downloads every asset once); an attachment of another size is replaced unread. The
    /// token goes only to the API's own host and scheme: a download address elsewhere is not read, and that attachment is
    /// compared by size alone, as is one the forge will not serve.
    /// </summary>
    public async Task<ForgeRelease> WithDigestsAsync(ForgeRelease release, IReadOnlyList<WantedAsset> wanted, CancellationToken cancellation)
    {
        var assets = new List<ForgeAsset>();
        foreach (var asset in release.Assets)
        {
            var match = wanted.FirstOrDefault(w => w.Name == asset.Name);
            if (match is null || match.Size != asset.Size || asset.Sha256 is not null || !downloads.TryGetValue(asset.Id, out var address)
                || !Uri.TryCreate(address, UriKind.Absolute, out var url) || !OnApiHost(url))
            {
                assets.Add(asset);
                continue;
            }

            try
            {
                var response = await Http.SendAsync(new ForgeRequest(HttpMethod.Get, url, Idempotent: true, HashBody: true), cancellation, notFoundIsAnswer: true);
                assets.Add(response.Succeeded ? asset with { Sha256 = response.Body } : asset);
            }
            catch (ForgeHttpException e) when (e.Failure == ForgeFailure.Status && e.Status is 401 or 403)
            {
                // The web host does not serve the file to this token: compared by size, the best the forge allows.
                assets.Add(asset);
            }
        }

        return release with { Assets = assets };
    }

    public IReadOnlyList<ForgeCall> Planned(PublishStep step, ForgeRelease? existing)
    {
        var id = existing?.Id.ToString(CultureInfo.InvariantCulture) ?? "{id}";
        return [step.Kind switch
        {
            PublishStepKind.CreateDraft or PublishStepKind.CreateRelease => new ForgeCall("POST", Repo("/releases").AbsoluteUri, null),
            PublishStepKind.UpdateRelease or PublishStepKind.Publish => new ForgeCall("PATCH", Repo($"/releases/{id}").AbsoluteUri, null),
            PublishStepKind.DeleteAsset => new ForgeCall("DELETE", Repo($"/releases/{id}/assets/{step.Existing!.Id.ToString(CultureInfo.InvariantCulture)}").AbsoluteUri, null),
            _ => new ForgeCall("POST", Repo($"/releases/{id}/assets").AbsoluteUri, null),
        }];
    }

    /// <summary>The repository and whether the token may push to it (what creating releases and attachments needs).</summary>
    public async Task<ForgeAccess> CheckAccessAsync(CancellationToken cancellation)
    {
        var repository = Read(await Http.SendAsync(Get(Repo(string.Empty)), cancellation), GiteaJson.Default.GiteaRepositoryDto, "GET repository");
        return new ForgeAccess(repository.FullName, repository.Permissions?.Push, null, null);
    }

    private bool OnApiHost(Uri url) => url.Scheme == location.Api.Scheme && url.Host == location.Api.Host && url.Port == location.Api.Port;

    private static MultipartFormDataContent Multipart(string path, string name)
    {
        var stream = File.OpenRead(path);
#pragma warning disable CA2000 // The multipart content owns the file's content and disposes it with itself.
        var file = new StreamContent(stream);
#pragma warning restore CA2000
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.ContentLength = stream.Length;
        return new MultipartFormDataContent { { file, "attachment", name } };
    }

    private ForgeRelease ToRelease(GiteaReleaseDto dto)
    {
        foreach (var attachment in dto.Assets ?? [])
        {
            if (attachment.BrowserDownloadUrl is { } url)
            {
                downloads[attachment.Id] = url;
            }
        }

        return new ForgeRelease(dto.Id, dto.TagName, dto.Name ?? string.Empty, dto.Body ?? string.Empty, dto.Draft, dto.Prerelease,
            [.. (dto.Assets ?? []).Select(a => new ForgeAsset(a.Id, a.Name, a.Size, null))]);
    }

    private Uri ReleaseUrl(long id) => Repo($"/releases/{id.ToString(CultureInfo.InvariantCulture)}");

    private Uri AssetUrl(long release, long asset) => Repo($"/releases/{release.ToString(CultureInfo.InvariantCulture)}/assets/{asset.ToString(CultureInfo.InvariantCulture)}");

    private Uri Repo(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/repos/{location.Repository}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Write(HttpMethod method, Uri url, GiteaReleaseWrite body, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, GiteaJson.Default.GiteaReleaseWrite), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call) => ForgeAnswers.Read(response, type, Name, call);
}
