using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's issues: <c>GET /repos/{o}/{r}/issues?state=open&amp;labels=L&amp;per_page&amp;page</c>, answering open issues
/// and pull requests (with their <c>pull_request</c> object) that carry every label asked for, paginated with a
/// <c>Link</c> header as GitHub does.
/// </summary>
internal sealed partial class FakeGitHub
{
    private string? link;

    public List<FakeIssue> Issues { get; } = [];

    public FakeIssue AddIssue(string title, string[] labels, bool pullRequest = false, bool open = true)
    {
        lock (Gate)
        {
            var issue = new FakeIssue { Number = Issues.Count + 1, Title = title, PullRequest = pullRequest, Open = open, Labels = [.. labels] };
            Issues.Add(issue);
            return issue;
        }
    }

    private string? TakeLink()
    {
        lock (Gate)
        {
            var taken = link;
            link = null;
            return taken;
        }
    }

    private (int, JsonNode?) ListIssues(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
        var labels = request.Query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var perPage = int.TryParse(request.Query["per_page"], out var p) ? p : 30;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var matching = Issues
            .Where(i => state == "all" || (state == "open") == i.Open)
            .Where(i => labels.All(i.Labels.Contains))
            .OrderByDescending(i => i.Number)
            .ToList();
        if (page * perPage < matching.Count)
        {
            var query = $"state={state}&labels={Uri.EscapeDataString(string.Join(',', labels))}&per_page={perPage}";
            link = $"<{PublicUrl}/repos/{Repository}/issues?{query}&page={page + 1}>; rel=\"next\"";
        }

        return (200, new JsonArray([.. matching.Skip((page - 1) * perPage).Take(perPage).Select(IssueJson)]));
    }

    private JsonObject IssueJson(FakeIssue issue)
    {
        var api = $"{PublicUrl}/repos/{Repository}";
        var kind = issue.PullRequest ? "pull" : "issues";
        var json = new JsonObject
        {
            ["id"] = 5000 + issue.Number,
            ["node_id"] = $"I_{issue.Number}",
            ["url"] = $"{api}/issues/{issue.Number}",
            ["repository_url"] = api,
            ["labels_url"] = $"{api}/issues/{issue.Number}/labels{{/name}}",
            ["comments_url"] = $"{api}/issues/{issue.Number}/comments",
            ["events_url"] = $"{api}/issues/{issue.Number}/events",
            ["html_url"] = $"https://github.com/{Repository}/{kind}/{issue.Number}",
            ["number"] = issue.Number,
            ["state"] = issue.Open ? "open" : "closed",
            ["title"] = issue.Title,
            ["body"] = null,
            ["user"] = UserJson(),
            ["labels"] = new JsonArray([.. issue.Labels.Select((l, i) => (JsonNode)new JsonObject
            {
                ["id"] = 700 + i,
                ["node_id"] = $"LA_{i}",
                ["url"] = $"{api}/labels/{Uri.EscapeDataString(l)}",
                ["name"] = l,
                ["description"] = null,
                ["color"] = "d73a4a",
                ["default"] = false,
            })]),
            ["assignee"] = null,
            ["assignees"] = new JsonArray(),
            ["milestone"] = null,
            ["locked"] = false,
            ["active_lock_reason"] = null,
            ["comments"] = 0,
            ["closed_at"] = issue.Open ? null : "2026-11-21T10:00:00Z",
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
            ["author_association"] = "MEMBER",
        };
        if (issue.PullRequest)
        {
            json["pull_request"] = new JsonObject
            {
                ["url"] = $"{api}/pulls/{issue.Number}",
                ["html_url"] = $"https://github.com/{Repository}/pull/{issue.Number}",
                ["diff_url"] = $"https://github.com/{Repository}/pull/{issue.Number}.diff",
                ["patch_url"] = $"https://github.com/{Repository}/pull/{issue.Number}.patch",
                ["merged_at"] = null,
            };
        }

        return json;
    }
}
