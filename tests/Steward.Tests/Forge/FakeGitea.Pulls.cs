using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's pull requests and labels, with Gitea's request and answer shapes (its swagger): list by <c>state</c>
/// (open, closed, all; no head filter, as on Gitea), create (409 when an open one of that head and base exists), edit,
/// the repository's labels (list, create), and an issue's labels by id (add: 422 for an id the repository does not have;
/// remove). Pull requests and issues share one numbering, as on Gitea.
/// </summary>
internal sealed partial class FakeGitea
{
    private const long RepositoryId = 1;

    private long nextIndex;

    public List<FakePull> Pulls { get; } = [];

    /// <summary>The repository's labels, with their ids.</summary>
    public List<(long Id, string Name)> Labels { get; } = [];

    /// <summary>A pull request from a fork's branch (another repository), which is not the repository's own.</summary>
    public FakePull AddForkPull(string head, string baseBranch)
    {
        lock (Gate)
        {
            var pull = new FakePull { Number = ++nextIndex, Title = "from a fork", Head = head, Base = baseBranch, Fork = true };
            Pulls.Add(pull);
            return pull;
        }
    }

    /// <summary>What a merge on Gitea does to the pull request (the repository side is the test's, with git).</summary>
    public void MarkMerged(FakePull pull)
    {
        lock (Gate)
        {
            pull.Open = false;
            pull.Merged = true;
        }
    }

    /// <summary>A merged pull request with its description, as a test's history names it (<c>GET .../pulls/N</c> answers it).</summary>
    public FakePull AddMergedPull(long number, string title, string body)
    {
        lock (Gate)
        {
            var pull = new FakePull { Number = number, Title = title, Body = body, Head = "feature-" + number.ToString(CultureInfo.InvariantCulture), Base = "main", Open = false, Merged = true };
            Pulls.Add(pull);
            nextIndex = Math.Max(nextIndex, number);
            return pull;
        }
    }

    private (int, JsonNode?) RoutePulls(HttpRequest request, string[] segments, byte[] body) => (request.Method, segments) switch
    {
        ("GET", ["pulls"]) => ListPulls(request),
        ("GET", ["pulls", var index]) => FindPull(index) is { } pull ? (200, PullJson(pull)) : NotFound(),
        ("POST", ["pulls"]) => CreatePull(body),
        ("PATCH", ["pulls", var index]) => FindPull(index) is { } pull ? EditPull(pull, body) : NotFound(),
        ("GET", ["labels"]) => ListLabels(request),
        ("POST", ["labels"]) => CreateLabel(body),
        ("POST", ["issues", var index, "labels"]) => FindPull(index) is { } pull ? AddLabels(pull, body) : NotFound(),
        ("DELETE", ["issues", var index, "labels", var id]) => FindPull(index) is { } pull ? RemoveLabel(pull, id) : NotFound(),
        _ => RouteIssues(request, segments),
    };

    private FakePull? FindPull(string index) => Pulls.FirstOrDefault(p => Text(p.Number) == index);

    private (int, JsonNode?) ListPulls(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
        var limit = int.TryParse(request.Query["limit"], out var l) ? Math.Min(l, 50) : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Pulls
            .Where(pull => state == "all" || (state == "open") == pull.Open)
            .OrderByDescending(pull => pull.Number)
            .Skip((page - 1) * limit)
            .Take(limit);
        return (200, new JsonArray([.. items.Select(PullJson)]));
    }

    private (int, JsonNode?) CreatePull(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var head = (string?)input["head"];
        var baseBranch = (string?)input["base"];
        if (string.IsNullOrEmpty(head) || string.IsNullOrEmpty(baseBranch))
        {
            return (422, new JsonObject { ["message"] = "[Head]: Required [Base]: Required", ["url"] = "https://gitea.example/api/swagger" });
        }

        if (Pulls.Any(p => p.Open && !p.Fork && p.Head == head && p.Base == baseBranch))
        {
            return (409, new JsonObject { ["message"] = "pull request already exists for these targets", ["url"] = "https://gitea.example/api/swagger" });
        }

        var pull = new FakePull { Number = ++nextIndex, Title = (string?)input["title"] ?? string.Empty, Body = (string?)input["body"] ?? string.Empty, Head = head, Base = baseBranch };
        Pulls.Add(pull);
        return (201, PullJson(pull));
    }

    private (int, JsonNode?) EditPull(FakePull pull, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        if (input["title"] is { } title)
        {
            pull.Title = (string)title!;
        }

        if (input["body"] is { } text)
        {
            pull.Body = (string)text!;
        }

        return (201, PullJson(pull));
    }

    private (int, JsonNode?) ListLabels(HttpRequest request)
    {
        var limit = int.TryParse(request.Query["limit"], out var l) ? Math.Min(l, 50) : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        return (200, new JsonArray([.. Labels.Skip((page - 1) * limit).Take(limit).Select(x => (JsonNode)LabelJson(x.Id, x.Name))]));
    }

    private (int, JsonNode?) CreateLabel(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var name = (string?)input["name"];
        var color = (string?)input["color"];
        if (string.IsNullOrEmpty(name) || color is null || !System.Text.RegularExpressions.Regex.IsMatch(color, "^#?[0-9a-fA-F]{6}$"))
        {
            return (422, new JsonObject { ["message"] = "[Name]: Required [Color]: invalid", ["url"] = "https://gitea.example/api/swagger" });
        }

        var id = ++nextId;
        Labels.Add((id, name));
        return (201, LabelJson(id, name));
    }

    private (int, JsonNode?) AddLabels(FakePull pull, byte[] body)
    {
        var ids = JsonNode.Parse(body)!["labels"]!.AsArray().Select(i => (long)i!).ToList();
        if (ids.Any(id => Labels.All(l => l.Id != id)))
        {
            return (422, new JsonObject { ["message"] = "label does not exist", ["url"] = "https://gitea.example/api/swagger" });
        }

        foreach (var name in ids.Select(id => Labels.First(l => l.Id == id).Name).Where(name => !pull.Labels.Contains(name)))
        {
            pull.Labels.Add(name);
        }

        return (200, new JsonArray([.. pull.Labels.Select(name => (JsonNode)LabelJson(LabelId(name), name))]));
    }

    private (int, JsonNode?) RemoveLabel(FakePull pull, string id)
    {
        var label = Labels.FirstOrDefault(l => Text(l.Id) == id);
        if (label.Name is null)
        {
            return (422, new JsonObject { ["message"] = "label does not exist", ["url"] = "https://gitea.example/api/swagger" });
        }

        pull.Labels.Remove(label.Name);
        return (204, null);
    }

    /// <summary>A label on a pull request is one of the repository's (a test may put one there directly).</summary>
    private long LabelId(string name)
    {
        var found = Labels.FirstOrDefault(l => l.Name == name);
        if (found.Name is not null)
        {
            return found.Id;
        }

        var id = ++nextId;
        Labels.Add((id, name));
        return id;
    }

    private JsonObject LabelJson(long id, string name) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["color"] = "ededed",
        ["description"] = string.Empty,
        ["exclusive"] = false,
        ["is_archived"] = false,
        ["url"] = $"{PublicUrl}/api/v1/repos/{Repository}/labels/{id}",
    };

    private JsonObject PullJson(FakePull pull) => new()
    {
        ["id"] = 2000 + pull.Number,
        ["url"] = $"{PublicUrl}/{Repository}/pulls/{pull.Number}",
        ["number"] = pull.Number,
        ["user"] = new JsonObject { ["id"] = 1, ["login"] = "steward-bot" },
        ["title"] = pull.Title,
        ["body"] = pull.Body,
        ["labels"] = new JsonArray([.. pull.Labels.Select(name => (JsonNode)LabelJson(LabelId(name), name))]),
        ["milestone"] = null,
        ["state"] = pull.Open ? "open" : "closed",
        ["is_locked"] = false,
        ["comments"] = 0,
        ["html_url"] = $"{PublicUrl}/{Repository}/pulls/{pull.Number}",
        ["diff_url"] = $"{PublicUrl}/{Repository}/pulls/{pull.Number}.diff",
        ["patch_url"] = $"{PublicUrl}/{Repository}/pulls/{pull.Number}.patch",
        ["mergeable"] = true,
        ["merged"] = pull.Merged,
        ["merged_at"] = pull.Merged ? "2026-11-22T10:00:00Z" : null,
        ["merge_commit_sha"] = null,
        ["base"] = BranchJson(pull.Base, RepositoryId),
        ["head"] = BranchJson(pull.Head, pull.Fork ? RepositoryId + 1 : RepositoryId),
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["updated_at"] = "2026-11-21T10:00:00Z",
        ["closed_at"] = pull.Open ? null : "2026-11-22T10:00:00Z",
    };

    private JsonObject BranchJson(string name, long repositoryId) => new()
    {
        ["label"] = name,
        ["ref"] = name,
        ["sha"] = new string('0', 40),
        ["repo_id"] = repositoryId,
        ["repo"] = new JsonObject { ["id"] = repositoryId, ["full_name"] = repositoryId == RepositoryId ? Repository : "someone/fork" },
    };
}
