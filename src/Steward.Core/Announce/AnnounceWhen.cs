namespace Steward.Core.Announce;

/// <summary>Which releases an announcer announces.</summary>
public enum AnnounceWhen
{
    Stable,
    Prerelease,
    Always,
}
