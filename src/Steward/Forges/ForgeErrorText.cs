using System.Text.Json;

namespace Steward.Forges;

/// <summary>
/// The sentence a forge's error answer carries: its JSON <c>message</c> (GitHub, Gitea, GitLab) with GitHub's
/// <c>errors[].code</c> appended, on one line and at most 200 characters; the status's name when there is none.
/// </summary>
internal static class ForgeErrorText
{
    public static string Of(string body, int status)
    {
        var text = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                text = root.TryGetProperty("message", out var message) ? Flatten(message) : string.Empty;
                if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                {
                    var codes = errors.EnumerateArray()
                        .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("code", out var code) ? code.ToString() : e.ToString())
                        .Where(c => c.Length > 0);
                    text = string.Join(": ", new[] { text, string.Join(", ", codes) }.Where(t => t.Length > 0));
                }
            }
        }
        catch (JsonException)
        {
        }

        if (text.Length == 0)
        {
            text = ((System.Net.HttpStatusCode)status).ToString();
        }

        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 200 ? text[..200] + "..." : text;
    }

    /// <summary>GitLab's message may be an object of field errors or a list.</summary>
    private static string Flatten(JsonElement message) => message.ValueKind switch
    {
        JsonValueKind.String => message.GetString() ?? string.Empty,
        _ => message.GetRawText(),
    };

    /// <summary>Whether GitHub's 422 says a field's value already exists (an asset of that name, a release of that tag).</summary>
    public static bool IsAlreadyExists(string body) => body.Contains("\"already_exists\"", StringComparison.Ordinal);
}
