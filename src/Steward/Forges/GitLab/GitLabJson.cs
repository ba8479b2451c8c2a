using System.Text.Json.Serialization;

namespace Steward.Forges.GitLab;

/// <summary>GitLab's JSON, source-generated (Native AOT): snake_case names, null fields left out of request bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitLabReleaseDto))]
[JsonSerializable(typeof(GitLabLinkDto))]
[JsonSerializable(typeof(GitLabLinkWrite))]
[JsonSerializable(typeof(GitLabReleaseWrite))]
[JsonSerializable(typeof(List<GitLabPackageDto>))]
[JsonSerializable(typeof(GitLabPackageFileDto))]
[JsonSerializable(typeof(List<GitLabPackageFileDto>))]
[JsonSerializable(typeof(GitLabProjectDto))]
[JsonSerializable(typeof(List<GitLabReleaseDto>))]
[JsonSerializable(typeof(GitLabMergeRequestDto))]
[JsonSerializable(typeof(List<GitLabMergeRequestDto>))]
[JsonSerializable(typeof(GitLabMergeRequestWrite))]
[JsonSerializable(typeof(List<GitLabIssueDto>))]
[JsonSerializable(typeof(List<GitLabCommitStatusDto>))]
[JsonSerializable(typeof(List<GitLabPipelineDto>))]
[JsonSerializable(typeof(List<GitLabLabelDto>))]
[JsonSerializable(typeof(GitLabLabelWrite))]
internal sealed partial class GitLabJson : JsonSerializerContext;
