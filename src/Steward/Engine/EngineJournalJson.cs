using System.Text.Json.Serialization;

namespace Steward.Engine;

/// <summary>Source-generated JSON for the journal: no reflection, so the tool stays trimmable.</summary>
[JsonSerializable(typeof(EngineJournal))]
[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
internal sealed partial class EngineJournalJson : JsonSerializerContext;
