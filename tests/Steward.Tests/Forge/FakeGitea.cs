using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Steward.Tests.Forge;

/// <summary>
/// An in-process, stateful Gitea (or Forgejo) on 127.0.0.1 (API under <c>/api/v1</c>): a repository's releases (drafts
/// hidden from get-by-tag and listed for a caller who may push, as on Gitea), their attachments (uploaded as multipart
/// field <c>attachment</c>, no digest, served for download under <c>/attachments/</c>), the caller's permissions, an
/// instance limit on attachment size, and injected faults. Shapes follow Gitea's API documentation (its swagger).
/// </summary>
internal sealed partial class FakeGitea : FakeForgeServer
{
    public const string Token = "FakeGiteaToken0123456789abcdef0123456789";

    private long nextId = 300;

    private FakeGitea(string repository)
    {
        Repository = repository;
    }

    public string Repository { get; }

    /// <summary>The API base a client is configured with.</summary>
    public string Api => $"{Url}/api/v1";

    public bool CanPush { get; set; } = true;

    /// <summary>The instance's <c>[attachment] MAX_SIZE</c> in bytes; larger uploads answer 413.</summary>
    public long MaxAttachmentSize { get; set; } = long.MaxValue;

    /// <summary>Where download addresses point (another host, to check the token is not sent there); default: the fake itself.</summary>
    public string? DownloadBase { get; set; }

    public List<FakeRelease> Releases { get; } = [];

    public static Task<FakeGitea> StartAsync(string repository = "acme/demo") => StartAsync(new FakeGitea(repository));

    public FakeRelease AddRelease(string tag, bool draft, string body = "notes")
    {
        lock (Gate)
        {
            var release = new FakeRelease { Id = ++nextId, Tag = tag, Name = tag, Body = body, Draft = draft };
            Releases.Add(release);
            return release;
        }
    }

    public FakeAsset AddAsset(FakeRelease release, string name, byte[] content)
    {
        lock (Gate)
        {
            var asset = new FakeAsset { Id = ++nextId, Name = name, Content = content };
            release.Assets.Add(asset);
            return asset;
        }
    }

    protected override bool Authorized(HttpRequest request) => request.Headers.Authorization.ToString() == "token " + Token;

    protected override FakeAnswer Unauthorized() => (401, new JsonObject { ["message"] = "user does not exist [uid: 0, name: ]", ["url"] = "https://gitea.example/api/swagger" });

    protected override FakeAnswer Answer(HttpRequest request, string path, byte[] body)
    {
        if (request.Method == "GET" && path.StartsWith("/attachments/", StringComparison.Ordinal))
        {
            var id = path["/attachments/".Length..];
            return Releases.SelectMany(r => r.Assets).FirstOrDefault(a => Text(a.Id) == id) is { } asset ? new FakeAnswer(200, null, asset.Content) : NotFound();
        }

        var prefix = $"/api/v1/repos/{Repository}";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var segments = path[prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return (request.Method, segments) switch
        {
            ("GET", []) => (200, RepositoryJson()),
            ("GET", ["releases"]) => ListReleases(request),
            ("POST", ["releases"]) => CreateRelease(body),
            ("GET", ["releases", "tags", var tag]) => Releases.FirstOrDefault(r => r.Tag == tag && !r.Draft) is { } r ? (200, ReleaseJson(r)) : NotFound(),
            ("PATCH", ["releases", var id]) => Find(id) is { } r ? UpdateRelease(r, body) : NotFound(),
            ("POST", ["releases", var id, "assets"]) => Find(id) is { } r ? Upload(r, request, body) : NotFound(),
            ("DELETE", ["releases", var id, "assets", var asset]) => Find(id) is { } r && r.Assets.RemoveAll(a => Text(a.Id) == asset) > 0 ? (204, null) : NotFound(),
            _ => RoutePulls(request, segments, body),
        };
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private FakeRelease? Find(string id) => Releases.FirstOrDefault(r => Text(r.Id) == id);

    private (int, JsonNode?) ListReleases(HttpRequest request)
    {
        var limit = int.TryParse(request.Query["limit"], out var l) ? Math.Min(l, 50) : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Releases.Where(r => CanPush || !r.Draft).OrderByDescending(r => r.Id).Skip((page - 1) * limit).Take(limit);
        return (200, new JsonArray([.. items.Select(r => (JsonNode)ReleaseJson(r))]));
    }

    private (int, JsonNode?) CreateRelease(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var tag = (string?)input["tag_name"];
        if (string.IsNullOrEmpty(tag))
        {
            return (422, new JsonObject { ["message"] = "[TagName]: Required", ["url"] = "https://gitea.example/api/swagger" });
        }

        if (Releases.Any(r => r.Tag == tag))
        {
            return (409, new JsonObject { ["message"] = "Release is has no Tag", ["url"] = "https://gitea.example/api/swagger" });
        }

        var release = FakeRelease.Created(++nextId, tag, input);
        Releases.Add(release);
        return (201, ReleaseJson(release));
    }

    private (int, JsonNode?) UpdateRelease(FakeRelease release, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        release.Update(input);

        return (200, ReleaseJson(release));
    }

    /// <summary>A multipart upload: the file must come in the form field <c>attachment</c>, as Gitea's API reads it.</summary>
    private (int, JsonNode?) Upload(FakeRelease release, HttpRequest request, byte[] body)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.Boundary.Length == 0)
        {
            return (400, new JsonObject { ["message"] = "request Content-Type isn't multipart/form-data" });
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).ToString(), new MemoryStream(body));
        byte[]? content = null;
        string? fileName = null;
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.Name.ToString().Trim('"') == "attachment")
            {
                using var buffer = new MemoryStream();
                section.Body.CopyTo(buffer);
                content = buffer.ToArray();
                fileName = disposition.FileName.ToString().Trim('"');
            }
        }

        if (content is null)
        {
            return (400, new JsonObject { ["message"] = "GetFile: http: no such file" });
        }

        if (content.LongLength > MaxAttachmentSize)
        {
            return (413, new JsonObject { ["message"] = "file size exceeds the maximum allowed", ["url"] = "https://gitea.example/api/swagger" });
        }

        var name = request.Query["name"].ToString() is { Length: > 0 } given ? given : fileName ?? "file";
        var asset = new FakeAsset { Id = ++nextId, Name = name, Content = content };
        release.Assets.Add(asset);
        return (201, AttachmentJson(asset));
    }

    private static (int, JsonNode?) NotFound() => (404, new JsonObject { ["errors"] = null, ["message"] = "The target couldn't be found.", ["url"] = "https://gitea.example/api/swagger" });

    private JsonObject RepositoryJson() => new()
    {
        ["id"] = 1,
        ["full_name"] = Repository,
        ["name"] = Repository.Split('/')[1],
        ["permissions"] = new JsonObject { ["admin"] = false, ["push"] = CanPush, ["pull"] = true },
    };

    private JsonObject ReleaseJson(FakeRelease release) => new()
    {
        ["id"] = release.Id,
        ["tag_name"] = release.Tag,
        ["target_commitish"] = "main",
        ["name"] = release.Name,
        ["body"] = release.Body,
        ["url"] = $"{PublicUrl}/api/v1/repos/{Repository}/releases/{release.Id}",
        ["html_url"] = $"{PublicUrl}/{Repository}/releases/tag/{release.Tag}",
        ["tarball_url"] = $"{PublicUrl}/{Repository}/archive/{release.Tag}.tar.gz",
        ["zipball_url"] = $"{PublicUrl}/{Repository}/archive/{release.Tag}.zip",
        ["upload_url"] = $"{PublicUrl}/api/v1/repos/{Repository}/releases/{release.Id}/assets",
        ["draft"] = release.Draft,
        ["prerelease"] = release.Prerelease,
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["published_at"] = "2026-11-21T10:00:00Z",
        ["author"] = new JsonObject { ["id"] = 1, ["login"] = "steward-bot" },
        ["assets"] = new JsonArray([.. release.Assets.Select(a => (JsonNode)AttachmentJson(a))]),
    };

    private JsonObject AttachmentJson(FakeAsset asset) => new()
    {
        ["id"] = asset.Id,
        ["name"] = asset.Name,
        ["size"] = asset.Content.Length,
        ["download_count"] = 0,
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["uuid"] = $"uuid-{asset.Id}",
        ["browser_download_url"] = $"{DownloadBase ?? PublicUrl}/attachments/{asset.Id}",
    };
}
