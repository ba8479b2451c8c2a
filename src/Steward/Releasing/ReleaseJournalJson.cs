using System.Text.Json.Serialization;

namespace Steward.Releasing;

/// <summary>Source-generated JSON for the journal: no reflection, so the tool stays trimmable.</summary>
[JsonSerializable(typeof(ReleaseJournal))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class ReleaseJournalJson : JsonSerializerContext;
