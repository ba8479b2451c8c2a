using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's pull requests, their issues' labels and workflow_dispatch, with GitHub's request and answer shapes
/// (the REST description's pull-request, label and dispatch operations): list by head (owner:branch) and state,
/// create (422 when an open one of that head exists), update, add and remove labels, dispatch (204).
/// </summary>
internal sealed partial class FakeGitHub
{
    private long nextNumber;

    public List<FakePull> Pulls { get; } = [];

    /// <summary>The repository's labels (<c>/repos/{o}/{r}/labels</c>), each with its colour.</summary>
    public List<(string Name, string Color)> RepositoryLabels { get; } = [];

    /// <summary>Each workflow_dispatch as "workflow@ref".</summary>
    public List<string> Dispatches { get; } = [];

    /// <summary>What a merge on GitHub does to the pull request (the repository side is the test's, with git).</summary>
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
            nextNumber = Math.Max(nextNumber, number);
            return pull;
        }
    }

    private (int, JsonNode?) RoutePulls(HttpRequest request, string[] segments, byte[] body) => (request.Method, segments) switch
    {
        ("GET", ["pulls"]) => ListPulls(request),
        ("GET", ["pulls", var number]) => FindPull(number) is { } pull ? (200, PullJson(pull)) : NotFound(),
        ("POST", ["pulls"]) => CreatePull(body),
        ("PATCH", ["pulls", var number]) => FindPull(number) is { } pull ? UpdatePull(pull, body) : NotFound(),
        ("POST", ["issues", var number, "labels"]) => FindPull(number) is { } pull ? AddLabels(pull, body) : NotFound(),
        ("DELETE", ["issues", var number, "labels", var name]) => FindPull(number) is { } pull ? RemoveLabel(pull, Uri.UnescapeDataString(name)) : NotFound(),
        ("POST", ["actions", "workflows", var workflow, "dispatches"]) => Dispatch(Uri.UnescapeDataString(workflow), body),
        ("GET", ["labels"]) => (200, new JsonArray([.. RepositoryLabels.Select(l => (JsonNode)LabelJson(l.Name))])),
        ("POST", ["labels"]) => CreateRepositoryLabel(body),
        _ => NotFound(),
    };

    private FakePull? FindPull(string number) => Pulls.FirstOrDefault(p => p.Number.ToString(CultureInfo.InvariantCulture) == number);

    private (int, JsonNode?) ListPulls(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
        var head = request.Query["head"].ToString();
        var owner = Repository.Split('/')[0];
        var perPage = int.TryParse(request.Query["per_page"], out var p) ? p : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Pulls
            .Where(pull => state == "all" || (state == "open") == pull.Open)
            .Where(pull => head.Length == 0 || head == $"{owner}:{pull.Head}")
            .OrderByDescending(pull => pull.Number)
            .Skip((page - 1) * perPage)
            .Take(perPage);
        return (200, new JsonArray([.. items.Select(PullJson)]));
    }

    private (int, JsonNode?) CreatePull(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var head = (string)input["head"]!;
        if (Pulls.Any(p => p.Open && p.Head == head))
        {
            return (422, new JsonObject
            {
                ["message"] = "Validation Failed",
                ["errors"] = new JsonArray(new JsonObject { ["resource"] = "PullRequest", ["code"] = "custom", ["message"] = $"A pull request already exists for {Repository.Split('/')[0]}:{head}." }),
                ["documentation_url"] = "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
            });
        }

        var pull = new FakePull
        {
            Number = ++nextNumber,
            Title = (string)input["title"]!,
            Body = (string?)input["body"] ?? string.Empty,
            Head = head,
            Base = (string)input["base"]!,
        };
        Pulls.Add(pull);
        return (201, PullJson(pull));
    }

    private (int, JsonNode?) UpdatePull(FakePull pull, byte[] body)
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

        return (200, PullJson(pull));
    }

    private (int, JsonNode?) AddLabels(FakePull pull, byte[] body)
    {
        foreach (var label in JsonNode.Parse(body)!["labels"]!.AsArray().Select(l => (string)l!))
        {
            if (!pull.Labels.Contains(label))
            {
                pull.Labels.Add(label);
            }
        }

        return (200, new JsonArray([.. pull.Labels.Select(LabelJson)]));
    }

    private (int, JsonNode?) RemoveLabel(FakePull pull, string name) =>
        pull.Labels.Remove(name)
            ? (200, new JsonArray([.. pull.Labels.Select(LabelJson)]))
            : (404, new JsonObject { ["message"] = "Label does not exist", ["documentation_url"] = "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue", ["status"] = "404" });

    private (int, JsonNode?) CreateRepositoryLabel(byte[] body)
    {
        var input = JsonNode.Parse(body)!.AsObject();
        var name = (string?)input["name"];
        var color = (string?)input["color"] ?? "ededed";
        if (string.IsNullOrEmpty(name) || color.StartsWith('#'))
        {
            return (422, new JsonObject { ["message"] = "Validation Failed", ["documentation_url"] = "https://docs.github.com/rest/issues/labels#create-a-label" });
        }

        if (RepositoryLabels.Any(l => l.Name == name))
        {
            return (422, new JsonObject
            {
                ["message"] = "Validation Failed",
                ["errors"] = new JsonArray(new JsonObject { ["resource"] = "Label", ["code"] = "already_exists", ["field"] = "name" }),
                ["documentation_url"] = "https://docs.github.com/rest/issues/labels#create-a-label",
            });
        }

        RepositoryLabels.Add((name, color));
        return (201, LabelJson(name));
    }

    private (int, JsonNode?) Dispatch(string workflow, byte[] body)
    {
        Dispatches.Add($"{workflow}@{(string)JsonNode.Parse(body)!["ref"]!}");
        return (204, null);
    }

    private JsonObject PullJson(FakePull pull)
    {
        var api = $"{PublicUrl}/repos/{Repository}";
        var html = $"https://github.com/{Repository}/pull/{pull.Number}";
        return new JsonObject
        {
            ["url"] = $"{api}/pulls/{pull.Number}",
            ["id"] = 1000 + pull.Number,
            ["node_id"] = $"PR_{pull.Number}",
            ["html_url"] = html,
            ["diff_url"] = html + ".diff",
            ["patch_url"] = html + ".patch",
            ["issue_url"] = $"{api}/issues/{pull.Number}",
            ["commits_url"] = $"{api}/pulls/{pull.Number}/commits",
            ["review_comments_url"] = $"{api}/pulls/{pull.Number}/comments",
            ["review_comment_url"] = $"{api}/pulls/comments{{/number}}",
            ["comments_url"] = $"{api}/issues/{pull.Number}/comments",
            ["statuses_url"] = $"{api}/statuses/{new string('0', 40)}",
            ["number"] = pull.Number,
            ["state"] = pull.Open ? "open" : "closed",
            ["locked"] = false,
            ["title"] = pull.Title,
            ["user"] = UserJson(),
            ["body"] = pull.Body,
            ["labels"] = new JsonArray([.. pull.Labels.Select(LabelJson)]),
            ["milestone"] = null,
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
            ["closed_at"] = pull.Open ? null : "2026-11-22T10:00:00Z",
            ["merged_at"] = pull.Merged ? "2026-11-22T10:00:00Z" : null,
            ["merge_commit_sha"] = null,
            ["assignee"] = null,
            ["assignees"] = new JsonArray(),
            ["requested_reviewers"] = new JsonArray(),
            ["requested_teams"] = new JsonArray(),
            ["head"] = BranchJson(pull.Head),
            ["base"] = BranchJson(pull.Base),
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = $"{api}/pulls/{pull.Number}" },
                ["html"] = new JsonObject { ["href"] = html },
                ["issue"] = new JsonObject { ["href"] = $"{api}/issues/{pull.Number}" },
                ["comments"] = new JsonObject { ["href"] = $"{api}/issues/{pull.Number}/comments" },
                ["review_comments"] = new JsonObject { ["href"] = $"{api}/pulls/{pull.Number}/comments" },
                ["review_comment"] = new JsonObject { ["href"] = $"{api}/pulls/comments{{/number}}" },
                ["commits"] = new JsonObject { ["href"] = $"{api}/pulls/{pull.Number}/commits" },
                ["statuses"] = new JsonObject { ["href"] = $"{api}/statuses/{new string('0', 40)}" },
            },
            ["author_association"] = "MEMBER",
            ["auto_merge"] = null,
            ["draft"] = false,
            ["merged"] = pull.Merged,
            ["mergeable"] = null,
            ["rebaseable"] = null,
            ["mergeable_state"] = "unknown",
            ["merged_by"] = null,
            ["comments"] = 0,
            ["review_comments"] = 0,
            ["maintainer_can_modify"] = false,
            ["commits"] = 1,
            ["additions"] = 1,
            ["deletions"] = 0,
            ["changed_files"] = 1,
        };
    }

    private JsonObject BranchJson(string name) => new()
    {
        ["label"] = $"{Repository.Split('/')[0]}:{name}",
        ["ref"] = name,
        ["sha"] = new string('0', 40),
        ["user"] = UserJson(),
        ["repo"] = FullRepositoryJson(),
    };

    /// <summary>The repository object GitHub puts in a pull request's head and base: every field its description requires.</summary>
    private JsonObject FullRepositoryJson()
    {
        var api = $"https://api.github.com/repos/{Repository}";
        var json = new JsonObject
        {
            ["id"] = 1,
            ["node_id"] = "R_1",
            ["name"] = Repository.Split('/')[1],
            ["full_name"] = Repository,
            ["owner"] = UserJson(),
            ["private"] = false,
            ["html_url"] = $"https://github.com/{Repository}",
            ["description"] = null,
            ["fork"] = false,
            ["url"] = api,
            ["clone_url"] = $"https://github.com/{Repository}.git",
            ["git_url"] = $"git://github.com/{Repository}.git",
            ["ssh_url"] = $"git@github.com:{Repository}.git",
            ["svn_url"] = $"https://github.com/{Repository}",
            ["mirror_url"] = null,
            ["homepage"] = null,
            ["language"] = null,
            ["license"] = null,
            ["default_branch"] = "main",
            ["pushed_at"] = "2026-11-21T10:00:00Z",
            ["created_at"] = "2026-11-01T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
        };
        foreach (var count in new[] { "forks", "forks_count", "open_issues", "open_issues_count", "size", "stargazers_count", "watchers", "watchers_count" })
        {
            json[count] = 0;
        }

        foreach (var flag in new[] { "has_downloads", "has_issues", "has_projects", "has_wiki", "has_pages", "archived", "disabled" })
        {
            json[flag] = flag.StartsWith("has_", StringComparison.Ordinal);
        }

        string[] urls =
        [
            "archive", "assignees", "blobs", "branches", "collaborators", "comments", "commits", "compare", "contents", "contributors",
            "deployments", "downloads", "events", "forks", "git_commits", "git_refs", "git_tags", "hooks", "issue_comment", "issue_events",
            "issues", "keys", "labels", "languages", "merges", "milestones", "notifications", "pulls", "releases", "stargazers", "statuses",
            "subscribers", "subscription", "tags", "teams", "trees",
        ];
        foreach (var name in urls)
        {
            json[name + "_url"] = $"{api}/{name.Replace('_', '/')}";
        }

        return json;
    }

    private JsonObject LabelJson(string name) => new()
    {
        ["id"] = Math.Abs(name.GetHashCode(StringComparison.Ordinal)),
        ["node_id"] = "LA_" + name.Length,
        ["url"] = $"{PublicUrl}/repos/{Repository}/labels/{Uri.EscapeDataString(name)}",
        ["name"] = name,
        ["description"] = string.Empty,
        ["color"] = "ededed",
        ["default"] = false,
    };
}
