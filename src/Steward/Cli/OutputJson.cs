using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Steward.Commands;
using Steward.Flow;

namespace Steward.Cli;

/// <summary>
/// Source-generated JSON for the reports that --json prints as records (no reflection, so the tool stays trimmable
/// and AOT-ready); written through <see cref="Json.Write(TextWriter, Action{Utf8JsonWriter})"/> for the same
/// indentation and escaping as every --json.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RollbackReport))]
[JsonSerializable(typeof(FlowStartOutput))]
[JsonSerializable(typeof(FlowFeatureOutput))]
[JsonSerializable(typeof(LintOutput))]
[JsonSerializable(typeof(NotesOutput))]
[JsonSerializable(typeof(ChangelogOutput))]
[JsonSerializable(typeof(List<ComponentChangelogOutput>))]
[JsonSerializable(typeof(List<ComponentNotesOutput>))]
[JsonSerializable(typeof(List<ComponentArtifactsOutput>))]
[JsonSerializable(typeof(ArtifactsOutput))]
[JsonSerializable(typeof(FreezeStatusOutput))]
[JsonSerializable(typeof(Steward.UseCases.AnnounceReport))]
[JsonSerializable(typeof(PublishOutput))]
[JsonSerializable(typeof(ReportOutput))]
internal sealed partial class OutputJson : JsonSerializerContext
{
    /// <summary>Writes <paramref name="value"/> as the one JSON document of a --json run.</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> type) =>
        Json.Write(output, w => JsonSerializer.Serialize(w, value, type));
}
