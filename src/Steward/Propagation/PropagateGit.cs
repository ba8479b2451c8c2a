namespace Steward.Propagation;

/// <summary>
/// What propagate's git steps take, decided while planning: the paths to commit (empty when all is committed), the
/// message, the tag, and the branch and remote of the push (null remote: no push).
/// </summary>
internal sealed record PropagateGit(IReadOnlyList<string> CommitPaths, string Message, string? Tag, string? Branch, string? Remote);
