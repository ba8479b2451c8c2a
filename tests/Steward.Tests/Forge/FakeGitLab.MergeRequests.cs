using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's merge requests and project labels, with GitLab's request and answer shapes (the merge requests and labels
/// API documentation): list by <c>source_branch</c> and <c>state</c> (opened, closed, merged, all), create (409 when an
/// open one of that source branch exists), update (<c>title</c>, <c>description</c>, <c>add_labels</c> and
/// <c>remove_labels</c> as comma-separated names, a missing label made in the project, as GitLab does), and the project's
/// labels (list, create; 409 for a name taken).
/// </summary>
internal sealed partial class FakeGitLab
{
    private const long ProjectId = 7;

    private long nextIid;

    public List<FakePull> MergeRequests { get; } = [];

    /// <summary>The project's labels, by name.</summary>
    public List<string> Labels { get; } = [];

    /// <summary>A merge request of a fork's branch (another project), which is not the project's own.</summary>
    public FakePull AddForkMergeRequest(string sourceBranch, string targetBranch)
    {
        lock (Gate)
        {
            var pull = new FakePull { Number = ++nextIid, Title = "from a fork", Head = sourceBranch, Base = targetBranch, Fork = true };
            MergeRequests.Add(pull);
            return pull;
        }
    }

    /// <summary>What a merge on GitLab does to the merge request (the repository side is the test's, with git).</summary>
    public void MarkMerged(FakePull pull)
    {
        lock (Gate)
        {
            pull.Open = false;
            pull.Merged = true;
        }
    }

    /// <summary>A merged pull request with its description, as a test's history names it (<c>GET .../merge_requests/N</c> answers it).</summary>
    public FakePull AddMergedMergeRequest(long number, string title, string body)
    {
        lock (Gate)
        {
            var pull = new FakePull { Number = number, Title = title, Body = body, Head = "feature-" + number.ToString(CultureInfo.InvariantCulture), Base = "main", Open = false, Merged = true };
            MergeRequests.Add(pull);
            nextIid = Math.Max(nextIid, number);
            return pull;
        }
    }

    private (int, JsonNode?) RouteMergeRequests(HttpRequest request, string[] segments, byte[] body) => (request.Method, segments) switch
    {
        ("GET", ["merge_requests"]) => ListMergeRequests(request),
        ("GET", ["merge_requests", var iid]) => FindMergeRequest(iid) is { } pull ? (200, MergeRequestJson(pull)) : NotFound(),
        ("POST", ["merge_requests"]) => CreateMergeRequest(body),
        ("PUT", ["merge_requests", var iid]) => FindMergeRequest(iid) is { } pull ? UpdateMergeRequest(pull, body) : NotFound(),
        ("GET", ["labels"]) => (200, new JsonArray([.. Labels.Select(LabelJson)])),
        ("POST", ["labels"]) => CreateLabel(body),
        _ => RouteIssues(request, segments),
    };

    private FakePull? FindMergeRequest(string iid) => MergeRequests.FirstOrDefault(p => Text(p.Number) == iid);

    private (int, JsonNode?) ListMergeRequests(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "all";
        var source = request.Query["source_branch"].ToString();
        var labels = request.Query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var perPage = int.TryParse(request.Query["per_page"], out var p) ? p : 20;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = MergeRequests
            .Where(pull => state == "all" || MergeRequestState(pull) == state)
            .Where(pull => source.Length == 0 || pull.Head == source)
            .Where(pull => labels.All(pull.Labels.Contains))
            .OrderByDescending(pull => pull.Number)
            .Skip((page - 1) * perPage)
            .Take(perPage);
        return (200, new JsonArray([.. items.Select(MergeRequestJson)]));
    }

    private (int, JsonNode?) CreateMergeRequest(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var source = (string?)input["source_branch"];
        var target = (string?)input["target_branch"];
        var title = (string?)input["title"];
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target) || string.IsNullOrEmpty(title))
        {
            return (400, new JsonObject { ["error"] = "source_branch, target_branch, title are missing" });
        }

        if (MergeRequests.FirstOrDefault(m => m.Open && !m.Fork && m.Head == source) is { } open)
        {
            return (409, new JsonObject { ["message"] = new JsonArray($"Another open merge request already exists for this source branch: !{open.Number}") });
        }

        var pull = new FakePull { Number = ++nextIid, Title = title, Body = (string?)input["description"] ?? string.Empty, Head = source, Base = target };
        AddLabelsTo(pull, (string?)input["labels"]);
        MergeRequests.Add(pull);
        return (201, MergeRequestJson(pull));
    }

    private (int, JsonNode?) UpdateMergeRequest(FakePull pull, byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        if (input["title"] is { } title)
        {
            pull.Title = (string)title!;
        }

        if (input["description"] is { } description)
        {
            pull.Body = (string)description!;
        }

        if (input["labels"] is { } labels)
        {
            pull.Labels.Clear();
            AddLabelsTo(pull, (string?)labels);
        }

        AddLabelsTo(pull, (string?)input["add_labels"]);
        foreach (var name in Names((string?)input["remove_labels"]))
        {
            pull.Labels.Remove(name);
        }

        return (200, MergeRequestJson(pull));
    }

    private (int, JsonNode?) CreateLabel(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var name = (string?)input["name"];
        var color = (string?)input["color"];
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(color))
        {
            return (400, new JsonObject { ["error"] = "name is missing, color is missing" });
        }

        if (Labels.Contains(name))
        {
            return (409, new JsonObject { ["message"] = "Label already exists" });
        }

        Labels.Add(name);
        return (201, LabelJson(name));
    }

    /// <summary>Labels given as comma-separated names: each put on the merge request, and made in the project if new.</summary>
    private void AddLabelsTo(FakePull pull, string? names)
    {
        foreach (var name in Names(names))
        {
            if (!Labels.Contains(name))
            {
                Labels.Add(name);
            }

            if (!pull.Labels.Contains(name))
            {
                pull.Labels.Add(name);
            }
        }
    }

    private static string[] Names(string? list) => (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string MergeRequestState(FakePull pull) => pull.Merged ? "merged" : pull.Open ? "opened" : "closed";

    private JsonObject MergeRequestJson(FakePull pull) => new()
    {
        ["id"] = 9000 + pull.Number,
        ["iid"] = pull.Number,
        ["project_id"] = ProjectId,
        ["title"] = pull.Title,
        ["description"] = pull.Body,
        ["state"] = MergeRequestState(pull),
        ["created_at"] = "2026-11-21T10:00:00Z",
        ["updated_at"] = "2026-11-21T10:00:00Z",
        ["merged_at"] = pull.Merged ? "2026-11-22T10:00:00Z" : null,
        ["closed_at"] = pull.Open || pull.Merged ? null : "2026-11-22T10:00:00Z",
        ["target_branch"] = pull.Base,
        ["source_branch"] = pull.Head,
        ["source_project_id"] = pull.Fork ? ProjectId + 1 : ProjectId,
        ["target_project_id"] = ProjectId,
        ["author"] = new JsonObject { ["id"] = 1, ["username"] = "steward-bot", ["name"] = "Steward Bot" },
        ["labels"] = new JsonArray([.. pull.Labels.Select(l => (JsonNode)l)]),
        ["draft"] = false,
        ["merge_status"] = "can_be_merged",
        ["detailed_merge_status"] = "mergeable",
        ["sha"] = new string('0', 40),
        ["references"] = new JsonObject { ["short"] = $"!{pull.Number}", ["full"] = $"{Project}!{pull.Number}" },
        ["web_url"] = $"https://gitlab.example/{Project}/-/merge_requests/{pull.Number}",
    };

    private JsonObject LabelJson(string name) => new()
    {
        ["id"] = 400 + Labels.IndexOf(name),
        ["name"] = name,
        ["color"] = "#ededed",
        ["text_color"] = "#333333",
        ["description"] = null,
        ["is_project_label"] = true,
    };
}
