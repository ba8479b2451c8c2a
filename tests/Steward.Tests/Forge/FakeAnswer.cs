using System.Text.Json.Nodes;

namespace Steward.Tests.Forge;

/// <summary>A fake forge's answer: a status with a JSON body, or with raw bytes (a file download).</summary>
internal sealed record FakeAnswer(int Status, JsonNode? Json, byte[]? Bytes = null)
{
    /// <summary>The fakes' routes answer <c>(status, json)</c>.</summary>
    public static implicit operator FakeAnswer((int Status, JsonNode? Json) answer) => new(answer.Status, answer.Json);
}
