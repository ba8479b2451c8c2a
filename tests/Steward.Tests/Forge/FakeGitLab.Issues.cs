using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's issues (<c>GET /projects/:id/issues?labels=L&amp;state=opened</c>: those carrying every label asked for),
/// a commit's statuses (<c>GET /projects/:id/repository/commits/:sha/statuses</c>, CI jobs and external statuses alike)
/// and its pipelines (<c>GET /projects/:id/pipelines?sha=</c>), in GitLab's shapes. Each read of the pipelines (the last
/// call of a checks read) moves every check of that commit one state on (<see cref="FakeCheck"/>).
/// </summary>
internal sealed partial class FakeGitLab
{
    public List<FakeIssue> Issues { get; } = [];

    /// <summary>Commit statuses (<see cref="FakeCheck.IsStatus"/>) and pipelines (named "pipeline"), in GitLab's states.</summary>
    public List<FakeCheck> Checks { get; } = [];

    public FakeIssue AddIssue(string title, string[] labels, bool open = true)
    {
        lock (Gate)
        {
            var issue = new FakeIssue { Number = Issues.Count + 1, Title = title, Open = open, Labels = [.. labels] };
            Issues.Add(issue);
            return issue;
        }
    }

    /// <summary>An open merge request carrying <paramref name="labels"/> (a blocker that is a merge request).</summary>
    public FakePull AddLabelledMergeRequest(string title, string[] labels)
    {
        lock (Gate)
        {
            var pull = new FakePull { Number = ++nextIid, Title = title, Head = "topic-" + nextIid, Base = "main" };
            pull.Labels.AddRange(labels);
            MergeRequests.Add(pull);
            return pull;
        }
    }

    /// <summary>A commit status (a CI job's or an external one), or with <paramref name="status"/> false the commit's pipeline.</summary>
    public void AddCheck(string sha, string name, bool status, params string[] states)
    {
        lock (Gate)
        {
            Checks.Add(new FakeCheck { Sha = sha, Name = status ? name : "pipeline", IsStatus = status, States = states });
        }
    }

    private (int, JsonNode?) RouteIssues(HttpRequest request, string[] segments) => (request.Method, segments) switch
    {
        ("GET", ["issues"]) => ListIssues(request),
        ("GET", ["repository", "commits", var sha, "statuses"]) => Statuses(sha),
        ("GET", ["pipelines"]) => Pipelines(request.Query["sha"].ToString()),
        _ => NotFound(),
    };

    private (int, JsonNode?) ListIssues(HttpRequest request)
    {
        var state = request.Query["state"].ToString() is { Length: > 0 } s ? s : "all";
        var labels = Names(request.Query["labels"].ToString());
        var perPage = int.TryParse(request.Query["per_page"], out var p) ? p : 20;
        var page = int.TryParse(request.Query["page"], out var n) ? n : 1;
        var items = Issues
            .Where(i => state == "all" || (state == "opened") == i.Open)
            .Where(i => labels.All(i.Labels.Contains))
            .OrderByDescending(i => i.Number)
            .Skip((page - 1) * perPage)
            .Take(perPage);
        return (200, new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
        {
            ["id"] = 7000 + i.Number,
            ["iid"] = i.Number,
            ["project_id"] = ProjectId,
            ["title"] = i.Title,
            ["description"] = null,
            ["state"] = i.Open ? "opened" : "closed",
            ["labels"] = new JsonArray([.. i.Labels.Select(l => (JsonNode)l)]),
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
            ["web_url"] = $"https://gitlab.example/{Project}/-/issues/{i.Number}",
        })]));
    }

    private (int, JsonNode?) Statuses(string sha)
    {
        var statuses = Checks.Where(c => c.Sha == sha && c.IsStatus).ToList();
        return (200, new JsonArray([.. statuses.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = 950 + i,
            ["sha"] = sha,
            ["ref"] = "main",
            ["status"] = c.Current,
            ["name"] = c.Name,
            ["target_url"] = $"https://gitlab.example/{Project}/-/jobs/{950 + i}",
            ["description"] = null,
            ["allow_failure"] = false,
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["started_at"] = null,
            ["finished_at"] = null,
            ["author"] = new JsonObject { ["id"] = 1, ["username"] = "steward-bot" },
        })]));
    }

    private (int, JsonNode?) Pipelines(string sha)
    {
        var pipelines = Checks.Where(c => c.Sha == sha && !c.IsStatus).ToList();
        var json = new JsonArray([.. pipelines.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = 660 + i,
            ["iid"] = 1 + i,
            ["project_id"] = ProjectId,
            ["sha"] = sha,
            ["ref"] = "main",
            ["status"] = c.Current,
            ["source"] = "push",
            ["created_at"] = "2026-11-21T10:00:00Z",
            ["updated_at"] = "2026-11-21T10:00:00Z",
            ["web_url"] = $"https://gitlab.example/{Project}/-/pipelines/{660 + i}",
        })]);

        // The read is over: every check of the commit moves one state on for the next one.
        foreach (var check in Checks.Where(c => c.Sha == sha))
        {
            check.Reads++;
        }

        return (200, json);
    }
}
