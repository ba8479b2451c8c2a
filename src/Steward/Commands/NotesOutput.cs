namespace Steward.Commands;

/// <summary>What <c>steward notes --json</c> prints: the release's version and tag (the one it will get, for the unreleased notes), the file written with --output, and the notes.</summary>
internal sealed record NotesOutput(string Version, string Tag, string? File, string Notes);
