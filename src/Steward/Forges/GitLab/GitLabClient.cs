using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Forge;

namespace Steward.Forges.GitLab;

/// <summary>
/// GitLab's (gitlab.com and self-managed) release API. GitLab keeps no drafts and has no prerelease or "latest"
/// flag (<see cref="ForgeCapabilities"/>): a release is public from its creation. Release assets are links: each file
/// is uploaded to the project's generic package registry (package: the project's name, version: the tag's version) and
/// linked from the release with <c>link_type: package</c>. GitLab computes each package file's SHA-256
/// (<c>file_sha256</c>), so a link is compared by the content of the file it points to. No GitLab client library is
/// served (docs/dependencies.md): this is a small typed client of Steward's own.
/// </summary>
internal sealed class GitLabClient : IForgeClient
{
    /// <summary>GitLab's default limit for one generic package file (an instance's administrator may set it lower).</summary>
    public const long AssetLimit = 5L * 1024 * 1024 * 1024;

    /// <summary>The role that may create releases and publish packages: Developer (30).</summary>
    public const int DeveloperAccess = 30;

    private const int PageSize = 100;

    private const int MaxPages = 100;

    private readonly ForgeLocation location;
    private readonly ForgeToken token;

    /// <summary>
    /// The package files of the release's package as last read (newest last). An upload consults it: a file an earlier
    /// run uploaded whose link was never made is linked, not uploaded twice; an older file of the name is deleted.
    /// </summary>
    private List<GitLabPackageFileDto> files = [];

    public GitLabClient(ForgeLocation location, ForgeHttp http, ForgeToken token)
    {
        this.location = location;
        this.token = token;
        Http = http;
    }

    public string Name => "GitLab";

    public long MaxAssetSize => AssetLimit;

    public bool SupportsDrafts => false;

    public ForgeHttp Http { get; }

    /// <summary>
    /// The token's header: <c>JOB-TOKEN</c> for a CI job's token, <c>PRIVATE-TOKEN</c> for personal, project and group
    /// access tokens.
    /// </summary>
    public static void Configure(HttpClient client, ForgeToken token, string userAgent)
    {
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Add(IsJobToken(token) ? "JOB-TOKEN" : "PRIVATE-TOKEN", token.Value);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    /// <summary>The release of <paramref name="tag"/> (GitLab's get-by-tag sees every release), and its package's files.</summary>
    public async Task<ForgeRelease?> FindReleaseAsync(string tag, CancellationToken cancellation)
    {
        var response = await Http.SendAsync(Get(Project($"/releases/{Uri.EscapeDataString(tag)}")), cancellation, notFoundIsAnswer: true);
        files = await PackageFilesAsync(tag, cancellation);
        return response.Status == 404 ? null : ToRelease(Read(response, GitLabJson.Default.GitLabReleaseDto, "GET release"));
    }

    /// <summary>Creates the release, published: GitLab has no drafts (the plan says so: a create-release step, no publish step).</summary>
    public async Task<ForgeRelease> CreateDraftAsync(WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GitLabReleaseWrite { TagName = wanted.Tag, Name = wanted.Name, Description = wanted.Notes };
        try
        {
            var response = await Http.SendAsync(Write(HttpMethod.Post, Project("/releases"), body, GitLabJson.Default.GitLabReleaseWrite, idempotent: false), cancellation);
            return ToRelease(Read(response, GitLabJson.Default.GitLabReleaseDto, "POST release"));
        }
        catch (ForgeHttpException e) when (e.Status == 409)
        {
            // "Release already exists": an earlier create whose answer was lost did happen; read it again.
            throw new ForgeHttpException(e.Failure, e.Call, e.Status, e.Reason, e.Attempts, uncertain: true, e) { Body = e.Body };
        }
    }

    public async Task<ForgeRelease> UpdateAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation)
    {
        var body = new GitLabReleaseWrite { Name = wanted.Name, Description = wanted.Notes };
        var response = await Http.SendAsync(Write(HttpMethod.Put, ReleaseUrl(release.Tag), body, GitLabJson.Default.GitLabReleaseWrite, idempotent: true), cancellation);
        return ToRelease(Read(response, GitLabJson.Default.GitLabReleaseDto, "PUT release"));
    }

    /// <summary>Deletes the link and the package files of its name (gone already: that is what was wanted).</summary>
    public async Task DeleteAssetAsync(ForgeRelease release, ForgeAsset asset, CancellationToken cancellation)
    {
        await Http.SendAsync(Delete(LinkUrl(release.Tag, asset.Id)), cancellation, notFoundIsAnswer: true);
        await DeleteFilesAsync(files.Where(f => f.FileName == asset.Name).ToList(), cancellation);
    }

    /// <summary>
    /// Puts the file into the generic package (unless an earlier run put the same content there already) and links it
    /// from the release. The package upload and the link are creates: an answer lost on either is re-read, not repeated.
    /// </summary>
    public async Task<ForgeAsset> UploadAsync(ForgeRelease release, WantedAsset asset, string fullPath, CancellationToken cancellation)
    {
        var named = files.Where(f => f.FileName == asset.Name).ToList();
        var file = named.LastOrDefault(f => string.Equals(f.FileSha256, asset.Sha256, StringComparison.OrdinalIgnoreCase));
        if (file is null)
        {
            await DeleteFilesAsync(named, cancellation);
            var response = await Http.SendAsync(
                new ForgeRequest(HttpMethod.Put, new Uri(FileUrl(release.Tag, asset.Name) + "?select=package_file"), Idempotent: false, () => FileContent(fullPath), Upload: true),
                cancellation);
            file = Read(response, GitLabJson.Default.GitLabPackageFileDto, "PUT package file");
            files.Add(file);
        }

        var link = new GitLabLinkWrite { Name = asset.Name, Url = FileUrl(release.Tag, asset.Name), DirectAssetPath = "/" + asset.Name };
        try
        {
            var created = await Http.SendAsync(Write(HttpMethod.Post, Project($"/releases/{Uri.EscapeDataString(release.Tag)}/assets/links"), link, GitLabJson.Default.GitLabLinkWrite, idempotent: false), cancellation);
            var dto = Read(created, GitLabJson.Default.GitLabLinkDto, "POST release link");
            return new ForgeAsset(dto.Id, dto.Name, file.Size, file.FileSha256?.ToLowerInvariant());
        }
        catch (ForgeHttpException e) when (e.Status is 400 or 409 or 422 && e.Body.Contains("taken", StringComparison.OrdinalIgnoreCase))
        {
            // "has already been taken": a link of this name or URL exists after all (an answer that was lost); read again.
            throw new ForgeHttpException(e.Failure, e.Call, e.Status, e.Reason, e.Attempts, uncertain: true, e) { Body = e.Body };
        }
    }

    /// <summary>Never planned: a GitLab release is public from its creation.</summary>
    public Task<ForgeRelease> PublishAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation) => Task.FromResult(release);

    public IReadOnlyList<ForgeCall> Planned(PublishStep step, ForgeRelease? existing)
    {
        var tag = existing?.Tag ?? "{tag_name}";
        return step.Kind switch
        {
            PublishStepKind.CreateDraft or PublishStepKind.CreateRelease => [new ForgeCall("POST", Project("/releases").AbsoluteUri, null)],
            PublishStepKind.UpdateRelease => [new ForgeCall("PUT", ReleaseUrl(tag).AbsoluteUri, null)],

            // The link, then the package files of its name that this run knows of.
            PublishStepKind.DeleteAsset =>
            [
                new ForgeCall("DELETE", LinkUrl(tag, step.Existing!.Id).AbsoluteUri, null),
                .. files.Where(f => f.FileName == step.Existing.Name).Select(f => new ForgeCall("DELETE", Project($"/packages/{f.PackageId}/package_files/{f.Id}").AbsoluteUri, null)),
            ],

            // The file into the generic package, then its link from the release.
            PublishStepKind.UploadAsset =>
            [
                new ForgeCall("PUT", FileUrl(tag, step.Asset!.Name) + "?select=package_file", null),
                new ForgeCall("POST", Project($"/releases/{Uri.EscapeDataString(tag)}/assets/links").AbsoluteUri, null),
            ],
            _ => [new ForgeCall("PUT", ReleaseUrl(tag).AbsoluteUri, null)],
        };
    }

    /// <summary>
    /// The project and the token's role in it (Developer or higher may create releases and packages). A CI job token
    /// may not read the project, so with one the release list is read instead, and the role is not known.
    /// </summary>
    public async Task<ForgeAccess> CheckAccessAsync(CancellationToken cancellation)
    {
        if (IsJobToken(token))
        {
            await Http.SendAsync(Get(Project("/releases?per_page=1")), cancellation);
            return new ForgeAccess(location.Repository, null, null, null);
        }

        var project = Read(await Http.SendAsync(Get(Project(string.Empty)), cancellation), GitLabJson.Default.GitLabProjectDto, "GET project");
        var level = Math.Max(project.Permissions?.ProjectAccess?.AccessLevel ?? 0, project.Permissions?.GroupAccess?.AccessLevel ?? 0);
        bool? canWrite = project.Permissions is null ? null : level >= DeveloperAccess;
        return new ForgeAccess(project.PathWithNamespace, canWrite, null, null);
    }

    /// <summary>A CI job's token: it may publish releases and packages, but not read issues, merge requests or commit statuses.</summary>
    public static bool IsJobToken(ForgeToken token) => token.Variable == "CI_JOB_TOKEN";

    /// <summary>
    /// The generic package a release's files go to: the project's name (with the tag's component prefix, for a
    /// monorepo's <c>api/v1.2.0</c>) and the tag's version without its <c>v</c>, which every GitLab version accepts.
    /// </summary>
    private (string Name, string Version) Package(string tag)
    {
        var slash = tag.LastIndexOf('/');
        var component = slash < 0 ? string.Empty : tag[..slash].Replace('/', '-');
        var last = tag[(slash + 1)..];
        var digit = last.AsSpan().IndexOfAnyInRange('0', '9');
        var version = digit < 0 ? last : last[digit..];
        var project = location.Repository.Split('/')[^1];
        return (component.Length == 0 ? project : $"{project}-{component}", version);
    }

    private async Task<List<GitLabPackageFileDto>> PackageFilesAsync(string tag, CancellationToken cancellation)
    {
        var (name, version) = Package(tag);

        // package_name matches by substring (and older GitLab ignores package_version): the exact one is picked here.
        var package = await ForgePages.FirstAsync(
            Http,
            page => Project($"/packages?package_type=generic&package_name={Uri.EscapeDataString(name)}&package_version={Uri.EscapeDataString(version)}&per_page={PageSize}&page={page}"),
            response => Read(response, GitLabJson.Default.ListGitLabPackageDto, "GET packages"),
            p => p.Name == name && p.Version == version,
            new(PageSize, MaxPages),
            cancellation);
        if (package is null)
        {
            return [];
        }

        var found = await ForgePages.AllAsync(
            Http,
            page => Project($"/packages/{package.Id}/package_files?per_page={PageSize}&page={page}"),
            response => Read(response, GitLabJson.Default.ListGitLabPackageFileDto, "GET package files"),
            new(PageSize, MaxPages),
            cancellation);
        return [.. found.OrderBy(f => f.Id)];
    }

    private async Task DeleteFilesAsync(List<GitLabPackageFileDto> stale, CancellationToken cancellation)
    {
        foreach (var file in stale)
        {
            await Http.SendAsync(Delete(Project($"/packages/{file.PackageId}/package_files/{file.Id}")), cancellation, notFoundIsAnswer: true);
            files.Remove(file);
        }
    }

    /// <summary>
    /// The release in neutral terms: each link is an asset; a link to the release's own package file carries that
    /// file's size and SHA-256 (the newest file of the name: GitLab serves the newest), any other link (to a file that
    /// is gone, or put there by hand) is incomplete, so a wanted file of its name replaces it.
    /// </summary>
    private ForgeRelease ToRelease(GitLabReleaseDto dto)
    {
        var assets = (dto.Assets?.Links ?? []).Select(link =>
        {
            var file = link.Url == FileUrl(dto.TagName, link.Name) ? files.LastOrDefault(f => f.FileName == link.Name) : null;
            return file is null
                ? new ForgeAsset(link.Id, link.Name, 0, null, Complete: false)
                : new ForgeAsset(link.Id, link.Name, file.Size, file.FileSha256?.ToLowerInvariant());
        });
        return new ForgeRelease(0, dto.TagName, dto.Name ?? string.Empty, dto.Description ?? string.Empty, Draft: false, Prerelease: false, [.. assets]);
    }

    private static StreamContent FileContent(string path)
    {
        var stream = File.OpenRead(path);
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentLength = stream.Length;
        return content;
    }

    /// <summary>Where a file of the release's package is downloaded from (and uploaded to): the link's URL.</summary>
    private string FileUrl(string tag, string file)
    {
        var (name, version) = Package(tag);
        return Project($"/packages/generic/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(version)}/{Uri.EscapeDataString(file)}").AbsoluteUri;
    }

    private Uri ReleaseUrl(string tag) => Project($"/releases/{Uri.EscapeDataString(tag)}");

    private Uri LinkUrl(string tag, long id) => Project($"/releases/{Uri.EscapeDataString(tag)}/assets/links/{id.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>A project URL: its id is the URL-encoded full path (<c>group%2Fsub%2Fproject</c>).</summary>
    private Uri Project(string path) => new($"{location.Api.AbsoluteUri.TrimEnd('/')}/projects/{Uri.EscapeDataString(location.Repository)}{path}");

    private static ForgeRequest Get(Uri url) => new(HttpMethod.Get, url, Idempotent: true);

    private static ForgeRequest Delete(Uri url) => new(HttpMethod.Delete, url, Idempotent: true);

    private static ForgeRequest Write<T>(HttpMethod method, Uri url, T body, JsonTypeInfo<T> type, bool idempotent) =>
        new(method, url, idempotent, () => new StringContent(JsonSerializer.Serialize(body, type), Encoding.UTF8, "application/json"));

    private T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string call) => ForgeAnswers.Read(response, type, Name, call);
}
