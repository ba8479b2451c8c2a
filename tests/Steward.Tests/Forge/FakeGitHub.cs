using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// An in-process, stateful GitHub on 127.0.0.1: repositories' releases (drafts hidden from get-by-tag, as on GitHub),
/// their assets (with <c>digest</c>), the repository with the caller's permissions, the token check, and faults the
/// tests inject (<see cref="FakeGitHubFault"/>). Answers carry every field GitHub's OpenAPI description requires, so
/// the contract tests can check them. Every request is logged.
/// </summary>
internal sealed partial class FakeGitHub : FakeForgeServer
{
    public const string Token = "ghp_FakeToken0123456789abcdefghijklmnopqr";

    private long nextId = 100;

    private FakeGitHub(string repository)
    {
        Repository = repository;
    }

    public string Repository { get; }

    public bool CanPush { get; set; } = true;

    public List<FakeRelease> Releases { get; } = [];

    public static Task<FakeGitHub> StartAsync(string repository = "acme/demo") => StartAsync(new FakeGitHub(repository));

    public FakeRelease AddRelease(string tag, bool draft, string body = "notes")
    {
        lock (Gate)
        {
            var release = new FakeRelease { Id = ++nextId, Tag = tag, Name = tag, Body = body, Draft = draft };
            Releases.Add(release);
            return release;
        }
    }

    public FakeAsset AddAsset(FakeRelease release, string name, byte[] content, string state = "uploaded", bool hasDigest = true)
    {
        lock (Gate)
        {
            var asset = new FakeAsset { Id = ++nextId, Name = name, Content = content, State = state, HasDigest = hasDigest };
            release.Assets.Add(asset);
            return asset;
        }
    }

    protected override bool Authorized(HttpRequest request) =>
        request.Headers.Authorization.ToString() is "token " + Token or "Bearer " + Token;

    protected override FakeAnswer Unauthorized() =>
        (401, new JsonObject { ["message"] = "Bad credentials", ["documentation_url"] = "https://docs.github.com/rest" });

    protected override FakeAnswer Answer(HttpRequest request, string path, byte[] body) => Route(request, path, body);

    protected override bool IsSpecial(FakeForgeFault fault) => fault is FakeGitHubFault { HalfUpload: true };

    protected override void Special(FakeForgeFault fault, HttpRequest request, string path) => HalfUpload(request, path);

    protected override void AddDefaultHeaders(HttpResponse response)
    {
        // The next page of a paginated list (issues, check runs), as GitHub links it.
        if (TakeLink() is { } link)
        {
            response.Headers["Link"] = link;
        }

        if (!response.Headers.ContainsKey("X-RateLimit-Remaining"))
        {
            response.Headers["X-RateLimit-Remaining"] = "4999";
        }
    }

    private (int, JsonNode?) Route(HttpRequest request, string path, byte[] body)
    {
        var prefix = $"/repos/{Repository}";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var rest = path[prefix.Length..];
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (request.Method, segments) switch
        {
            ("GET", []) => (200, RepositoryJson()),
            ("PATCH", []) => UpdateRepository(body),
            ("GET", ["releases"]) => ListReleases(request),
            ("POST", ["releases"]) => CreateRelease(body),
            ("GET", ["releases", "tags", var tag]) => Releases.FirstOrDefault(r => r.Tag == Uri.UnescapeDataString(tag) && !r.Draft) is { } r ? (200, ReleaseJson(r)) : NotFound(),
            ("PATCH", ["releases", var id]) => Find(id) is { } r ? UpdateRelease(r, body) : NotFound(),
            ("GET", ["releases", var id, "assets"]) => Find(id) is { } r ? (200, new JsonArray([.. r.Assets.Select(a => AssetJson(a))])) : NotFound(),
            ("POST", ["releases", var id, "assets"]) => Find(id) is { } r ? Upload(r, request, body) : NotFound(),
            ("DELETE", ["releases", "assets", var id]) => DeleteAsset(id),
            ("GET", ["issues"]) => ListIssues(request),
            ("GET", ["commits", var sha, "status"]) => CombinedStatus(sha),
            ("GET", ["commits", var sha, "check-runs"]) => CheckRuns(sha),
            _ => RoutePulls(request, segments, body),
        };
    }

    private FakeRelease? Find(string id) => Releases.FirstOrDefault(r => r.Id.ToString(CultureInfo.InvariantCulture) == id);

    private (int, JsonNode?) ListReleases(HttpRequest request)
    {
        var perPage = int.TryParse(request.Query["per_page"], out var p) ? p : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Releases.OrderByDescending(r => r.Id).Skip((page - 1) * perPage).Take(perPage);
        return (200, new JsonArray([.. items.Select(ReleaseJson)]));
    }

    private (int, JsonNode?) CreateRelease(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var tag = (string)input["tag_name"]!;
        if (Releases.Any(r => r.Tag == tag))
        {
            return (422, new JsonObject
            {
                ["message"] = "Validation Failed",
                ["errors"] = new JsonArray(new JsonObject { ["resource"] = "Release", ["code"] = "already_exists", ["field"] = "tag_name" }),
                ["documentation_url"] = "https://docs.github.com/rest/releases/releases#create-a-release",
            });
        }

        var release = FakeRelease.Created(++nextId, tag, input);
        Releases.Add(release);
        return (201, ReleaseJson(release));
    }

    private (int, JsonNode?) UpdateRelease(FakeRelease release, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        release.Update(input);

        if (input["make_latest"] is { } latest)
        {
            release.MakeLatest = (string)latest!;
        }

        return (200, ReleaseJson(release));
    }

    private (int, JsonNode?) Upload(FakeRelease release, HttpRequest request, byte[] body)
    {
        var name = request.Query["name"].ToString();
        if (name.Length == 0)
        {
            return (422, new JsonObject { ["message"] = "Validation Failed" });
        }

        if (release.Assets.Any(a => a.Name == name))
        {
            return (422, new JsonObject
            {
                ["message"] = "Validation Failed",
                ["errors"] = new JsonArray(new JsonObject { ["resource"] = "ReleaseAsset", ["code"] = "already_exists", ["field"] = "name" }),
                ["documentation_url"] = "https://docs.github.com/rest",
            });
        }

        var asset = new FakeAsset { Id = ++nextId, Name = name, Label = request.Query["label"].ToString(), Content = body, ContentType = request.ContentType ?? "application/octet-stream" };
        release.Assets.Add(asset);
        return (201, AssetJson(asset));
    }

    /// <summary>An upload that broke off upstream: GitHub leaves an empty asset behind and answers 502.</summary>
    private (int, JsonNode?) HalfUpload(HttpRequest request, string path)
    {
        var id = path.Split('/')[^2];
        if (Find(id) is { } release)
        {
            release.Assets.Add(new FakeAsset { Id = ++nextId, Name = request.Query["name"].ToString(), State = "open" });
        }

        return (502, null);
    }

    private (int, JsonNode?) DeleteAsset(string id)
    {
        foreach (var release in Releases)
        {
            if (release.Assets.RemoveAll(a => a.Id.ToString(CultureInfo.InvariantCulture) == id) > 0)
            {
                return (204, null);
            }
        }

        return NotFound();
    }

    private static (int, JsonNode?) NotFound() =>
        (404, new JsonObject { ["message"] = "Not Found", ["documentation_url"] = "https://docs.github.com/rest", ["status"] = "404" });

    private JsonObject RepositoryJson()
    {
        var json = new JsonObject
        {
            ["id"] = 1,
            ["full_name"] = Repository,
            ["name"] = Repository.Split('/')[1],
            ["permissions"] = new JsonObject { ["admin"] = false, ["push"] = CanPush, ["pull"] = true },
        };
        foreach (var (key, value) in CommitMessageSettings)
        {
            json[key] = value;
        }

        return json;
    }

    /// <summary>The repository's default commit messages of squash and merge commits, as GitHub names them (GitHub's defaults).</summary>
    public Dictionary<string, string> CommitMessageSettings { get; } = new(StringComparer.Ordinal)
    {
        ["squash_merge_commit_title"] = "COMMIT_OR_PR_TITLE",
        ["squash_merge_commit_message"] = "COMMIT_MESSAGES",
        ["merge_commit_title"] = "MERGE_MESSAGE",
        ["merge_commit_message"] = "PR_TITLE",
    };

    /// <summary>PATCH /repos/{o}/{r}: the commit message settings it names are changed; any other key is refused (422), as this fake takes no other.</summary>
    private (int, JsonNode?) UpdateRepository(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        if (input.Any(p => !CommitMessageSettings.ContainsKey(p.Key)))
        {
            return (422, new JsonObject { ["message"] = "Validation Failed" });
        }

        foreach (var (key, value) in input)
        {
            CommitMessageSettings[key] = (string)value!;
        }

        return (200, RepositoryJson());
    }

    private JsonObject ReleaseJson(FakeRelease release)
    {
        var api = $"{PublicUrl}/repos/{Repository}";
        return new JsonObject
        {
            ["url"] = $"{api}/releases/{release.Id}",
            ["html_url"] = $"https://github.com/{Repository}/releases/tag/{release.Tag}",
            ["assets_url"] = $"{api}/releases/{release.Id}/assets",
            ["upload_url"] = $"{api}/releases/{release.Id}/assets{{?name,label}}",
            ["tarball_url"] = $"{api}/tarball/{release.Tag}",
            ["zipball_url"] = $"{api}/zipball/{release.Tag}",
            ["id"] = release.Id,
            ["node_id"] = $"RE_{release.Id}",
            ["tag_name"] = release.Tag,
            ["target_commitish"] = "main",
            ["name"] = release.Name,
            ["body"] = release.Body,
            ["draft"] = release.Draft,
            ["prerelease"] = release.Prerelease,
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["published_at"] = release.Draft ? null : "2026-11-21T10:00:00Z",
            ["author"] = UserJson(),
            ["assets"] = new JsonArray([.. release.Assets.Select(a => AssetJson(a))]),
        };
    }

    private JsonObject AssetJson(FakeAsset asset) => new()
    {
        ["url"] = $"{PublicUrl}/repos/{Repository}/releases/assets/{asset.Id}",
        ["browser_download_url"] = $"https://github.com/{Repository}/releases/download/x/{asset.Name}",
        ["id"] = asset.Id,
        ["node_id"] = $"RA_{asset.Id}",
        ["name"] = asset.Name,
        ["label"] = asset.Label,
        ["state"] = asset.State,
        ["content_type"] = asset.ContentType,
        ["size"] = asset.Content.Length,
        ["digest"] = asset.HasDigest && asset.State == "uploaded" ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(asset.Content)) : null,
        ["download_count"] = 0,
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["updated_at"] = "2026-11-21T10:00:00Z",
        ["uploader"] = UserJson(),
    };

    internal static JsonObject UserJson()
    {
        const string user = "https://api.github.com/users/steward-bot";
        return new JsonObject
        {
            ["login"] = "steward-bot",
            ["id"] = 1,
            ["node_id"] = "U_1",
            ["avatar_url"] = "https://avatars.githubusercontent.com/u/1",
            ["gravatar_id"] = string.Empty,
            ["url"] = user,
            ["html_url"] = "https://github.com/steward-bot",
            ["followers_url"] = $"{user}/followers",
            ["following_url"] = $"{user}/following{{/other_user}}",
            ["gists_url"] = $"{user}/gists{{/gist_id}}",
            ["starred_url"] = $"{user}/starred{{/owner}}{{/repo}}",
            ["subscriptions_url"] = $"{user}/subscriptions",
            ["organizations_url"] = $"{user}/orgs",
            ["repos_url"] = $"{user}/repos",
            ["events_url"] = $"{user}/events{{/privacy}}",
            ["received_events_url"] = $"{user}/received_events",
            ["type"] = "Bot",
            ["site_admin"] = false,
        };
    }
}
