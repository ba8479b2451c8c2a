namespace Steward.Core.Forge;

/// <summary>One commit status (its context) or check run (its name) of a commit, as the forge reports it.</summary>
/// <param name="Name">The status's context or the check run's name.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Page">The address of its details (the CI job), or null when the forge gives none.</param>
public sealed record CommitCheck(string Name, CheckState State, string? Page);
