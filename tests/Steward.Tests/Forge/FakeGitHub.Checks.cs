using System.Text.Json.Nodes;

namespace Steward.Tests.Forge;

/// <summary>
/// The fake's commit checks: the combined status (<c>GET /repos/{o}/{r}/commits/{ref}/status</c>) and the check runs
/// (<c>.../check-runs</c>) of a commit, in GitHub's shapes. Each read of the check runs moves every check of that
/// commit one state on (<see cref="FakeCheck"/>), so a test scripts pending-then-passed without waiting.
/// </summary>
internal sealed partial class FakeGitHub
{
    public List<FakeCheck> Checks { get; } = [];

    public void AddCheck(string sha, string name, bool status, params string[] states)
    {
        lock (Gate)
        {
            Checks.Add(new FakeCheck { Sha = sha, Name = name, IsStatus = status, States = states });
        }
    }

    private (int, JsonNode?) CombinedStatus(string sha)
    {
        var api = $"{PublicUrl}/repos/{Repository}";
        var statuses = Checks.Where(c => c.Sha == sha && c.IsStatus).ToList();
        var states = statuses.Select(c => c.Current).ToList();
        var combined = states.Any(s => s is "failure" or "error") ? "failure" : states.All(s => s == "success") && states.Count > 0 ? "success" : "pending";
        return (200, new JsonObject
        {
            ["state"] = combined,
            ["statuses"] = new JsonArray([.. statuses.Select((c, i) => (JsonNode)new JsonObject
            {
                ["url"] = $"{api}/statuses/{sha}",
                ["avatar_url"] = null,
                ["id"] = 900 + i,
                ["node_id"] = $"SC_{i}",
                ["state"] = c.Current,
                ["description"] = $"{c.Name} is {c.Current}",
                ["target_url"] = $"https://ci.example/{Uri.EscapeDataString(c.Name)}/1",
                ["context"] = c.Name,
                ["created_at"] = "2026-11-21T10:00:00Z",
                ["updated_at"] = "2026-11-21T10:00:00Z",
            })]),
            ["sha"] = sha,
            ["total_count"] = statuses.Count,
            ["repository"] = new JsonObject { ["id"] = 1, ["full_name"] = Repository, ["name"] = Repository.Split('/')[1] },
            ["commit_url"] = $"{api}/commits/{sha}",
            ["url"] = $"{api}/commits/{sha}/status",
        });
    }

    private (int, JsonNode?) CheckRuns(string sha)
    {
        var runs = Checks.Where(c => c.Sha == sha && !c.IsStatus).ToList();
        var json = new JsonObject
        {
            ["total_count"] = runs.Count,
            ["check_runs"] = new JsonArray([.. runs.Select((c, i) => (JsonNode)RunJson(c, 800 + i))]),
        };

        // The read is over: every check of the commit moves one state on for the next one.
        foreach (var check in Checks.Where(c => c.Sha == sha))
        {
            check.Reads++;
        }

        return (200, json);
    }

    private JsonObject RunJson(FakeCheck check, int id)
    {
        var parts = check.Current.Split(':');
        var completed = parts[0] == "completed";
        return new JsonObject
        {
            ["id"] = id,
            ["head_sha"] = check.Sha,
            ["node_id"] = $"CR_{id}",
            ["external_id"] = string.Empty,
            ["url"] = $"{PublicUrl}/repos/{Repository}/check-runs/{id}",
            ["html_url"] = $"https://github.com/{Repository}/runs/{id}",
            ["details_url"] = $"https://github.com/{Repository}/runs/{id}",
            ["status"] = parts[0],
            ["conclusion"] = completed ? parts[1] : null,
            ["started_at"] = "2026-11-21T10:00:00Z",
            ["completed_at"] = completed ? "2026-11-21T10:05:00Z" : null,
            ["output"] = new JsonObject { ["title"] = null, ["summary"] = null, ["text"] = null, ["annotations_count"] = 0, ["annotations_url"] = $"{PublicUrl}/repos/{Repository}/check-runs/{id}/annotations" },
            ["name"] = check.Name,
            ["check_suite"] = new JsonObject { ["id"] = 600 },
            ["app"] = null,
            ["pull_requests"] = new JsonArray(),
        };
    }
}
