namespace Steward.Forges.GitHub;

/// <summary>One check run: its name, status (queued, in_progress, completed, ...) and, once completed, its conclusion.</summary>
internal sealed class GitHubCheckRunDto
{
    public string Name { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? Conclusion { get; set; }

    public string? HtmlUrl { get; set; }

    public string? DetailsUrl { get; set; }
}
