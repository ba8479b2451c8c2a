using System.Text.Json.Serialization;

namespace Steward.Forges.GitHub;

/// <summary>GitHub's pull-request JSON, source-generated (Native AOT), as <see cref="GitHubJson"/> for releases.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubPullDto))]
[JsonSerializable(typeof(List<GitHubPullDto>))]
[JsonSerializable(typeof(GitHubPullWrite))]
[JsonSerializable(typeof(GitHubLabelsWrite))]
[JsonSerializable(typeof(GitHubDispatchWrite))]
[JsonSerializable(typeof(List<GitHubLabelDto>))]
[JsonSerializable(typeof(GitHubLabelWrite))]
internal sealed partial class GitHubPullJson : JsonSerializerContext;
