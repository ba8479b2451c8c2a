using System.Text.Json.Serialization;

namespace Steward.Forges.GitLab;

/// <summary>GitLab's commit template JSON, source-generated (Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitLabMergeSettingsDto))]
internal sealed partial class GitLabMergeSettingsJson : JsonSerializerContext;
