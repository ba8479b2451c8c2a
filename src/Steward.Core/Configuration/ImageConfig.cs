namespace Steward.Core.Configuration;

/// <summary>One container image of the release: where it is built from and which tags it always gets.</summary>
public sealed class ImageConfig
{
    /// <summary>The repository the tags go to, e.g. <c>ghcr.io/acme/app</c>.</summary>
    public string? Name { get; set; }

    public string Context { get; set; } = ".";

    public string Dockerfile { get; set; } = "Dockerfile";

    public string[] Platforms { get; set; } = [];

    /// <summary>Tags given every release besides the computed ones (e.g. <c>stable</c>).</summary>
    public string[] Tags { get; set; } = [];
}
