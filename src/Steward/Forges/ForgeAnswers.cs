using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steward.Core.Errors;

namespace Steward.Forges;

/// <summary>Reads a forge's JSON answer into its source-generated type; anything else is one line naming the call.</summary>
internal static class ForgeAnswers
{
    public static T Read<T>(ForgeResponse response, JsonTypeInfo<T> type, string forge, string call)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw Messages.ForgeAnswerInvalid(forge, call, "null");
        }
        catch (JsonException e)
        {
            throw Messages.ForgeAnswerInvalid(forge, call, $"line {e.LineNumber + 1}");
        }
    }
}
