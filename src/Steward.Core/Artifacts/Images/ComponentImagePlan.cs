namespace Steward.Core.Artifacts.Images;

/// <summary>One component's image plan in a monorepo: its name, the version planned for and each image's tags.</summary>
public sealed record ComponentImagePlan(string Component, string Version, IReadOnlyList<PlannedImage> Images);
