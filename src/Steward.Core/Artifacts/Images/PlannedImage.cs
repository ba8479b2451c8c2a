namespace Steward.Core.Artifacts.Images;

/// <summary>An image with the tags this release gives it, and the full references (<c>NAME:TAG</c>) to push.</summary>
public sealed record PlannedImage(ImageSpec Image, IReadOnlyList<string> Tags)
{
    public IReadOnlyList<string> References => [.. Tags.Select(t => $"{Image.Name}:{t}")];
}
