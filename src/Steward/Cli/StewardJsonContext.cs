using System.Text.Json.Serialization;
using Steward.Flow;

namespace Steward.Cli;

/// <summary>
/// Every type the tool reads or writes with <see cref="System.Text.Json.JsonSerializer"/>, generated at compile time so
/// that nothing depends on reflection (Native AOT; reflection-based JSON is switched off in Steward.csproj). A new record
/// is registered with one more <c>[JsonSerializable]</c> line here and written with
/// <see cref="Json.Write{T}(TextWriter, T, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T})"/> and
/// <c>StewardJsonContext.Default.TheRecord</c>.
/// </summary>
[JsonSerializable(typeof(FinishState))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class StewardJsonContext : JsonSerializerContext;
