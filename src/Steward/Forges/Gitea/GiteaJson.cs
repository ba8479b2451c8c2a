using System.Text.Json.Serialization;

namespace Steward.Forges.Gitea;

/// <summary>Gitea's JSON, source-generated (Native AOT): snake_case names, null fields left out of request bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GiteaReleaseDto))]
[JsonSerializable(typeof(List<GiteaReleaseDto>))]
[JsonSerializable(typeof(GiteaAttachmentDto))]
[JsonSerializable(typeof(GiteaReleaseWrite))]
[JsonSerializable(typeof(GiteaRepositoryDto))]
[JsonSerializable(typeof(GiteaPullDto))]
[JsonSerializable(typeof(List<GiteaPullDto>))]
[JsonSerializable(typeof(GiteaPullWrite))]
[JsonSerializable(typeof(GiteaLabelDto))]
[JsonSerializable(typeof(List<GiteaLabelDto>))]
[JsonSerializable(typeof(GiteaLabelWrite))]
[JsonSerializable(typeof(GiteaIssueLabelsWrite))]
[JsonSerializable(typeof(List<GiteaIssueDto>))]
[JsonSerializable(typeof(GiteaCombinedStatusDto))]
internal sealed partial class GiteaJson : JsonSerializerContext;
