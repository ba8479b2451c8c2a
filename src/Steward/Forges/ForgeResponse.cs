using System.Net.Http.Headers;

namespace Steward.Forges;

/// <summary>A forge's answer, read whole: status, body text and headers (rate limits, pagination).</summary>
internal sealed record ForgeResponse(int Status, string Body, HttpResponseHeaders Headers)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
