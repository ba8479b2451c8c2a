using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// An in-process, stateful GitLab on 127.0.0.1 (API under <c>/api/v4</c>): a project (addressed by its URL-encoded
/// path) with releases keyed by tag and their links, the generic package registry (files with <c>file_sha256</c>,
/// several of one name when uploaded twice, as on GitLab), the caller's role, both token headers, an instance limit
/// on file size, and injected faults. Shapes follow GitLab's REST API documentation (releases, release links, packages,
/// generic packages, projects).
/// </summary>
internal sealed partial class FakeGitLab : FakeForgeServer
{
    public const string Token = "glpat-FakeToken0123456789ab";

    public const string JobToken = "FakeJobToken0123456789abcdef";

    private long nextId = 200;

    private FakeGitLab(string project)
    {
        Project = project;
    }

    public string Project { get; }

    /// <summary>The API base a client is configured with.</summary>
    public string Api => $"{Url}/api/v4";

    /// <summary>The caller's role in the project (30 developer); null: the project answer carries no permissions.</summary>
    public int? AccessLevel { get; set; } = 40;

    /// <summary>The instance's largest package file, in bytes (GitLab's plan limit); larger uploads answer 413.</summary>
    public long MaxFileSize { get; set; } = long.MaxValue;

    public List<FakeGitLabRelease> Releases { get; } = [];

    public List<FakeGitLabPackage> Packages { get; } = [];

    public static Task<FakeGitLab> StartAsync(string project = "acme/demo") => StartAsync(new FakeGitLab(project));

    public FakeGitLabRelease AddRelease(string tag, string description = "notes")
    {
        lock (Gate)
        {
            var release = new FakeGitLabRelease { Tag = tag, Name = tag, Description = description };
            Releases.Add(release);
            return release;
        }
    }

    /// <summary>A file in the package of <paramref name="version"/>, as an upload puts it there.</summary>
    public FakeGitLabPackageFile AddPackageFile(string version, string name, byte[] content)
    {
        lock (Gate)
        {
            return Store(PackageName, version, name, content);
        }
    }

    public FakeGitLabLink AddLink(FakeGitLabRelease release, string name, string url)
    {
        lock (Gate)
        {
            var link = new FakeGitLabLink { Id = ++nextId, Name = name, Url = url, LinkType = "package" };
            release.Links.Add(link);
            return link;
        }
    }

    /// <summary>The package files' URL of a file, as Steward links it.</summary>
    public string FileUrl(string version, string name) =>
        $"{PublicUrl}/api/v4/projects/{Uri.EscapeDataString(Project)}/packages/generic/{PackageName}/{version}/{name}";

    /// <summary>The package Steward publishes to: the project's name.</summary>
    public string PackageName => Project.Split('/')[^1];

    protected override bool Authorized(HttpRequest request) =>
        request.Headers["PRIVATE-TOKEN"].ToString() == Token || request.Headers["JOB-TOKEN"].ToString() == JobToken;

    protected override FakeAnswer Unauthorized() => (401, new JsonObject { ["message"] = "401 Unauthorized" });

    protected override FakeAnswer Answer(HttpRequest request, string path, byte[] body)
    {
        var prefix = $"/api/v4/projects/{Uri.EscapeDataString(Project)}";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound("Project");
        }

        var segments = path[prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return (request.Method, segments) switch
        {
            ("GET", []) => (200, ProjectJson()),
            ("PUT", []) => UpdateProject(body),
            ("GET", ["releases"]) => (200, new JsonArray([.. Releases.Select(ReleaseJson)])),
            ("POST", ["releases"]) => CreateRelease(body),
            ("GET", ["releases", var tag]) => FindRelease(tag) is { } r ? (200, ReleaseJson(r)) : NotFound(),
            ("PUT", ["releases", var tag]) => FindRelease(tag) is { } r ? UpdateRelease(r, body) : NotFound(),
            ("POST", ["releases", var tag, "assets", "links"]) => FindRelease(tag) is { } r ? CreateLink(r, body) : NotFound(),
            ("DELETE", ["releases", var tag, "assets", "links", var id]) => FindRelease(tag) is { } r ? DeleteLink(r, id) : NotFound(),
            ("GET", ["packages"]) => ListPackages(request),
            ("GET", ["packages", var id, "package_files"]) => FindPackage(id) is { } p ? (200, new JsonArray([.. p.Files.Select(f => FileJson(p, f))])) : NotFound(),
            ("DELETE", ["packages", var id, "package_files", var file]) => FindPackage(id) is { } p && p.Files.RemoveAll(f => Text(f.Id) == file) > 0 ? (204, null) : NotFound(),
            ("PUT", ["packages", "generic", var name, var version, var file]) => Upload(request, name, version, file, body),
            ("GET", ["packages", "generic", var name, var version, var file]) => Download(name, version, file),
            _ => RouteMergeRequests(request, segments, body),
        };
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private FakeGitLabRelease? FindRelease(string tag) => Releases.FirstOrDefault(r => r.Tag == tag);

    private FakeGitLabPackage? FindPackage(string id) => Packages.FirstOrDefault(p => Text(p.Id) == id);

    private (int, JsonNode?) CreateRelease(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var tag = (string?)input["tag_name"];
        if (string.IsNullOrEmpty(tag))
        {
            return (400, new JsonObject { ["error"] = "tag_name is missing" });
        }

        if (FindRelease(tag) is not null)
        {
            return (409, new JsonObject { ["message"] = "Release already exists" });
        }

        var release = new FakeGitLabRelease { Tag = tag, Name = (string?)input["name"] ?? tag, Description = (string?)input["description"] ?? string.Empty };
        Releases.Add(release);
        return (201, ReleaseJson(release));
    }

    private (int, JsonNode?) UpdateRelease(FakeGitLabRelease release, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        if (input["name"] is { } name)
        {
            release.Name = (string)name!;
        }

        if (input["description"] is { } description)
        {
            release.Description = (string)description!;
        }

        return (200, ReleaseJson(release));
    }

    private (int, JsonNode?) CreateLink(FakeGitLabRelease release, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var name = (string?)input["name"];
        var url = (string?)input["url"];
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(url))
        {
            return (400, new JsonObject { ["error"] = "name is missing, url is missing" });
        }

        if (release.Links.Any(l => l.Name == name || l.Url == url))
        {
            return (400, new JsonObject { ["message"] = new JsonObject { ["name"] = new JsonArray("has already been taken") } });
        }

        var link = new FakeGitLabLink
        {
            Id = ++nextId,
            Name = name,
            Url = url,
            DirectAssetPath = (string?)input["direct_asset_path"],
            LinkType = (string?)input["link_type"] ?? "other",
        };
        release.Links.Add(link);
        return (201, LinkJson(release, link));
    }

    private static (int, JsonNode?) DeleteLink(FakeGitLabRelease release, string id)
    {
        var link = release.Links.FirstOrDefault(l => Text(l.Id) == id);
        if (link is null)
        {
            return NotFound();
        }

        release.Links.Remove(link);
        return (200, LinkJson(release, link));
    }

    /// <summary>package_name matches by substring, as GitLab's does; package_version exactly.</summary>
    private (int, JsonNode?) ListPackages(HttpRequest request)
    {
        var name = request.Query["package_name"].ToString();
        var version = request.Query["package_version"].ToString();
        var type = request.Query["package_type"].ToString();
        var matches = Packages.Where(p => p.Name.Contains(name, StringComparison.Ordinal) && (version.Length == 0 || p.Version == version) && type is "" or "generic");
        return (200, new JsonArray([.. matches.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["version"] = p.Version,
            ["package_type"] = "generic",
            ["status"] = "default",
            ["created_at"] = "2026-11-21T10:00:00Z",
        })]));
    }

    private (int, JsonNode?) Upload(HttpRequest request, string name, string version, string file, byte[] body)
    {
        if (body.LongLength > MaxFileSize)
        {
            return (413, new JsonObject { ["message"] = "413 Request Entity Too Large" });
        }

        var stored = Store(name, version, file, body);
        var package = Packages.First(p => p.Files.Contains(stored));
        return request.Query["select"] == "package_file" ? (201, FileJson(package, stored)) : (201, new JsonObject { ["message"] = "201 Created" });
    }

    private FakeAnswer Download(string name, string version, string file) =>
        Packages.FirstOrDefault(p => p.Name == name && p.Version == version)?.Files.LastOrDefault(f => f.FileName == file) is { } found
            ? new FakeAnswer(200, null, found.Content)
            : NotFound();

    private FakeGitLabPackageFile Store(string name, string version, string file, byte[] content)
    {
        var package = Packages.FirstOrDefault(p => p.Name == name && p.Version == version);
        if (package is null)
        {
            package = new FakeGitLabPackage { Id = ++nextId, Name = name, Version = version };
            Packages.Add(package);
        }

        var stored = new FakeGitLabPackageFile { Id = ++nextId, FileName = file, Content = content };
        package.Files.Add(stored);
        return stored;
    }

    private static (int, JsonNode?) NotFound(string what = "") =>
        (404, new JsonObject { ["message"] = $"404 {what}{(what.Length > 0 ? " " : string.Empty)}Not Found" });

    /// <summary>The project's squash commit template; null: GitLab's default (the title only).</summary>
    public string? SquashCommitTemplate { get; set; }

    /// <summary>The project's merge commit template; null: GitLab's default (no description).</summary>
    public string? MergeCommitTemplate { get; set; }

    private (int, JsonNode?) UpdateProject(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        SquashCommitTemplate = (string?)input["squash_commit_template"] ?? SquashCommitTemplate;
        MergeCommitTemplate = (string?)input["merge_commit_template"] ?? MergeCommitTemplate;
        return (200, ProjectJson());
    }

    private JsonObject ProjectJson() => new()
    {
        ["squash_commit_template"] = SquashCommitTemplate,
        ["merge_commit_template"] = MergeCommitTemplate,
        ["id"] = 7,
        ["name"] = PackageName,
        ["path_with_namespace"] = Project,
        ["web_url"] = $"https://gitlab.example/{Project}",
        ["permissions"] = AccessLevel is { } level
            ? new JsonObject { ["project_access"] = new JsonObject { ["access_level"] = level, ["notification_level"] = 3 }, ["group_access"] = null }
            : null,
    };

    private JsonObject ReleaseJson(FakeGitLabRelease release) => new()
    {
        ["name"] = release.Name,
        ["tag_name"] = release.Tag,
        ["description"] = release.Description,
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["released_at"] = "2026-11-21T10:00:00Z",
        ["upcoming_release"] = false,
        ["assets"] = new JsonObject
        {
            ["count"] = release.Links.Count,
            ["sources"] = new JsonArray(),
            ["links"] = new JsonArray([.. release.Links.Select(l => (JsonNode)LinkJson(release, l))]),
        },
    };

    private static JsonObject LinkJson(FakeGitLabRelease release, FakeGitLabLink link) => new()
    {
        ["id"] = link.Id,
        ["name"] = link.Name,
        ["url"] = link.Url,
        ["direct_asset_url"] = link.DirectAssetPath is null ? link.Url : $"https://gitlab.example/-/releases/{release.Tag}/downloads{link.DirectAssetPath}",
        ["link_type"] = link.LinkType,
    };

    private static JsonObject FileJson(FakeGitLabPackage package, FakeGitLabPackageFile file) => new()
    {
        ["id"] = file.Id,
        ["package_id"] = package.Id,
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["file_name"] = file.FileName,
        ["size"] = file.Content.Length,
        ["file_md5"] = null,
        ["file_sha1"] = null,
        ["file_sha256"] = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
    };
}
