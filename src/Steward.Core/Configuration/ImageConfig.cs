namespace Steward.Core.Configuration;

/// <summary>One container image of the release: where it is built from and which tags it always gets.</summary>
public sealed class ImageConfig
{
    /// <summary>The repository the tags go to, e.g. <c>ghcr.io/acme/app</c>.</summary>
    public string? Name { get; set; }

    public string Context { get; set; } = ".";

    /// <summary>The Dockerfile, relative to the repository root; null: <c>Dockerfile</c> in the context.</summary>
    public string? Dockerfile { get; set; }

    public string[] Platforms { get; set; } = [];

    /// <summary>Tags given every release besides the computed ones (e.g. <c>stable</c>).</summary>
    public string[] Tags { get; set; } = [];

    /// <summary>How the version tags are written: <c>v{{tag}}</c> gives <c>v1.4.2</c>, <c>v1.4</c>, <c>v1</c>; null: as computed.</summary>
    public string? TagTemplate { get; set; }
}
