using System.Net.Http.Headers;
using Steward.Core.Announce;
using Steward.Core.Errors;

namespace Steward.Releasing;

/// <summary>
/// Posts announcements over HTTP, each with its own timeout. A failure is reported by its HTTP status or by the kind
/// of failure .NET names (never by an exception's text, which may quote the address and so its token).
/// </summary>
internal sealed class AnnouncementSender : IDisposable
{
    private readonly HttpClient client = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    /// <summary>The HTTP status, and a reason when the delivery failed (a non-2xx status, a timeout, no connection).</summary>
    public (int? Status, string? Failure) Send(Uri url, AnnouncementPayload payload, TimeSpan timeout)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(payload.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("steward", "1"));
        foreach (var (name, value) in payload.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, Messages.AnnounceHttpStatus(status));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return (null, Messages.AnnounceTimedOut(timeout));
        }
        catch (HttpRequestException e)
        {
            return (null, Messages.AnnounceUnreachable(e.HttpRequestError.ToString()));
        }
        catch (IOException)
        {
            return (null, Messages.AnnounceUnreachable(nameof(IOException)));
        }
    }

    public void Dispose() => client.Dispose();
}
