namespace Steward.Commands;

/// <summary>One component's release notes in <c>steward notes --json</c> in a monorepo: its name, version, tag and notes.</summary>
internal sealed record ComponentNotesOutput(string Component, string Version, string Tag, string Notes);
