namespace Steward.Commands;

/// <summary>One step of a publish in --json: create-draft (create-release where the forge keeps no drafts), update-release, delete-asset, upload-asset or publish; the asset's name; the step as printed.</summary>
internal sealed record PublishStepOutput(string Action, string? Asset, string Description);
