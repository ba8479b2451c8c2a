namespace Steward.Core.Ci;

/// <summary>One component of a monorepo, as its CI jobs see it: its name, its release tags' prefix, its images' registries.</summary>
/// <param name="Name">components[].name: what <c>--component</c> takes.</param>
/// <param name="TagPrefix">Its release tags' prefix (api-v, web@, chart/v).</param>
/// <param name="ImageRegistries">The registry hosts of its declared images, in order of first use; empty for no image job.</param>
public sealed record CiComponent(string Name, string TagPrefix, IReadOnlyList<string> ImageRegistries);
