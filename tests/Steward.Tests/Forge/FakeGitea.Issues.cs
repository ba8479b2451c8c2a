using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's issues (<c>GET /repos/{o}/{r}/issues?state=open&amp;labels=L</c>: issues and pull requests carrying every
/// label asked for, a pull request with its <c>pull_request</c> object) and a commit's combined status
/// (<c>GET /repos/{o}/{r}/commits/{ref}/status</c>, Gitea Actions' jobs among the statuses), in Gitea's shapes. Each read
/// of the status moves every check of that commit one state on (<see cref="FakeCheck"/>).
/// </summary>
internal sealed partial class FakeGitea
{
    public List<FakeIssue> Issues { get; } = [];

    /// <summary>Commit statuses, in Gitea's states (pending, success, error, failure, warning).</summary>
    public List<FakeCheck> Checks { get; } = [];

    public FakeIssue AddIssue(string title, string[] labels, bool pullRequest = false, bool open = true)
    {
        lock (Gate)
        {
            var issue = new FakeIssue { Number = (int)++nextIndex, Title = title, PullRequest = pullRequest, Open = open, Labels = [.. labels] };
            Issues.Add(issue);
            return issue;
        }
    }

    public void AddCheck(string sha, string name, params string[] states)
    {
        lock (Gate)
        {
            Checks.Add(new FakeCheck { Sha = sha, Name = name, IsStatus = true, States = states });
        }
    }

    private (int, JsonNode?) RouteIssues(HttpRequest request, string[] segments) => (request.Method, segments) switch
    {
        ("GET", ["issues"]) => ListIssues(request),
        ("GET", ["commits", var sha, "status"]) => CombinedStatus(sha),
        _ => NotFound(),
    };

    private (int, JsonNode?) ListIssues(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
        var labels = request.Query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var type = request.Query["type"].ToString();
        var limit = int.TryParse(request.Query["limit"], out var l) ? Math.Min(l, 50) : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Issues
            .Where(i => state == "all" || (state == "open") == i.Open)
            .Where(i => labels.All(i.Labels.Contains))
            .Where(i => type.Length == 0 || (type == "pulls") == i.PullRequest)
            .OrderByDescending(i => i.Number)
            .Skip((page - 1) * limit)
            .Take(limit);
        return (200, new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
        {
            ["id"] = 6000 + i.Number,
            ["url"] = $"{PublicUrl}/api/v1/repos/{Repository}/issues/{i.Number}",
            ["html_url"] = $"{PublicUrl}/{Repository}/{(i.PullRequest ? "pulls" : "issues")}/{i.Number}",
            ["number"] = i.Number,
            ["user"] = new JsonObject { ["id"] = 1, ["login"] = "steward-bot" },
            ["title"] = i.Title,
            ["body"] = string.Empty,
            ["labels"] = new JsonArray([.. i.Labels.Select(name => (JsonNode)LabelJson(LabelId(name), name))]),
            ["state"] = i.Open ? "open" : "closed",
            ["comments"] = 0,
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
            ["closed_at"] = i.Open ? null : "2026-11-22T10:00:00Z",
            ["pull_request"] = i.PullRequest ? new JsonObject { ["merged"] = false, ["merged_at"] = null } : null,
        })]));
    }

    private (int, JsonNode?) CombinedStatus(string sha)
    {
        var statuses = Checks.Where(c => c.Sha == sha).ToList();
        var states = statuses.Select(c => c.Current).ToList();
        var combined = states.Any(s => s is "failure" or "error") ? "failure" : states.Count > 0 && states.All(s => s is "success" or "warning") ? "success" : "pending";
        var json = new JsonObject
        {
            ["state"] = combined,
            ["sha"] = sha,
            ["total_count"] = statuses.Count,
            ["statuses"] = new JsonArray([.. statuses.Select((c, i) => (JsonNode)new JsonObject
            {
                ["id"] = 970 + i,
                ["status"] = c.Current,
                ["target_url"] = $"{PublicUrl}/{Repository}/actions/runs/{970 + i}",
                ["description"] = $"{c.Name} is {c.Current}",
                ["context"] = c.Name,
                ["created_at"] = "2026-11-21T10:00:00Z",
                ["updated_at"] = "2026-11-21T10:00:00Z",
            })]),
            ["repository"] = RepositoryJson(),
            ["commit_url"] = $"{PublicUrl}/api/v1/repos/{Repository}/commits/{sha}",
            ["url"] = $"{PublicUrl}/api/v1/repos/{Repository}/commits/{sha}/status",
        };

        foreach (var check in statuses)
        {
            check.Reads++;
        }

        return (200, json);
    }
}
