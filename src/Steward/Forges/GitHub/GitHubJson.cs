using System.Text.Json.Serialization;

namespace Steward.Forges.GitHub;

/// <summary>GitHub's JSON, source-generated (Native AOT): snake_case names, null fields left out of request bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubReleaseDto))]
[JsonSerializable(typeof(List<GitHubReleaseDto>))]
[JsonSerializable(typeof(GitHubAssetDto))]
[JsonSerializable(typeof(List<GitHubAssetDto>))]
[JsonSerializable(typeof(GitHubReleaseWrite))]
[JsonSerializable(typeof(GitHubRepositoryDto))]
[JsonSerializable(typeof(List<GitHubIssueDto>))]
[JsonSerializable(typeof(GitHubCombinedStatusDto))]
[JsonSerializable(typeof(GitHubCheckRunsDto))]
internal sealed partial class GitHubJson : JsonSerializerContext;
