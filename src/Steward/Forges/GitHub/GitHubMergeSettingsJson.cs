using System.Text.Json.Serialization;

namespace Steward.Forges.GitHub;

/// <summary>GitHub's commit message settings JSON, source-generated (Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubMergeSettingsDto))]
internal sealed partial class GitHubMergeSettingsJson : JsonSerializerContext;
