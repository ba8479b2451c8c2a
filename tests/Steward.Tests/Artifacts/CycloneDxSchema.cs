using NJsonSchema;

namespace Steward.Tests.Artifacts;

/// <summary>
/// The official CycloneDX 1.6 JSON schema (with the SPDX and JSF schemas it references), carried as test data and
/// loaded from disk only: its references are relative file names, so nothing is fetched.
/// </summary>
public static class CycloneDxSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(ReleaseFixture.SchemaDirectory, "bom-1.6.SNAPSHOT.schema.json")).GetAwaiter().GetResult());

    /// <summary>Every violation as "path: kind", empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(string json) =>
        [.. Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
}
