namespace Steward.Core.Artifacts;

/// <summary>
/// Who built the artifacts and how, for provenance: taken from the CI environment (GitHub Actions variables) when
/// there is one. <see cref="SourceRepository"/> (the repository URL) and <see cref="InvocationId"/> are null on a developer's machine.
/// </summary>
public sealed record BuildContext(
    string BuilderId,
    string? SourceRepository,
    string? InvocationId,
    IReadOnlyList<KeyValuePair<string, string>> InternalParameters);
