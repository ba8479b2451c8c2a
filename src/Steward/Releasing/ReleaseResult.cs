namespace Steward.Releasing;

/// <summary>What a release did: reported as text, as --json, and as GitHub Actions step outputs.</summary>
internal sealed record ReleaseResult(
    string Version,
    string Tag,
    string? Commit,
    string Notes,
    IReadOnlyList<string> Files,
    bool Pushed,
    bool Released);
