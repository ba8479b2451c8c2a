namespace Steward.Core.Announce;

/// <summary>One release as announcers tell it.</summary>
/// <param name="Text">The announcer's template rendered: the message people read.</param>
/// <param name="Notes">The release notes (the CHANGELOG.md entry, or rendered from the commits).</param>
/// <param name="Page">The release's compare or tag page, when the changelog links are known.</param>
public sealed record Announcement(
    string Project,
    string Tag,
    string Version,
    string? PreviousVersion,
    bool Prerelease,
    string Notes,
    string? Page,
    string Text);
