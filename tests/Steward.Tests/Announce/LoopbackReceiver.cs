using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Steward.Tests.Announce;

/// <summary>
/// An HTTP receiver on 127.0.0.1 standing in for Slack, Discord, Teams, Mastodon or a webhook: it records every request
/// (path, headers, body) and answers with <see cref="Status"/> after <see cref="Delay"/>.
/// </summary>
public sealed class LoopbackReceiver : IDisposable
{
    private readonly HttpListener listener;
    private readonly CancellationTokenSource stop = new();

    public LoopbackReceiver()
    {
        // HttpListener cannot bind port 0, so a free port is found first; another test may take it in between, and
        // then the next free port is tried.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var candidate = new HttpListener();
            candidate.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                candidate.Start();
                listener = candidate;
                break;
            }
            catch (HttpListenerException) when (attempt < 50)
            {
                candidate.Close();
            }
        }

        _ = Task.Run(Serve);
    }

    public int Port { get; private set; }

    public int Status { get; set; } = 200;

    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>An address on this receiver whose path stands for the token a real webhook URL embeds.</summary>
    public string Address(string path) => $"http://127.0.0.1:{Port}/{path}";

    /// <summary>An address where nothing listens.</summary>
    public static string Down() => $"http://127.0.0.1:{FreePort()}/down/T0KEN";

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new ReceivedRequest(
                context.Request.Url!.AbsolutePath,
                body,
                context.Request.Headers["X-Steward-Signature-256"],
                context.Request.Headers["Authorization"],
                context.Request.Headers["Idempotency-Key"],
                context.Request.ContentType));
            try
            {
                await Task.Delay(Delay, stop.Token);
                context.Response.StatusCode = Status;
                context.Response.Close();
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                // The client gave up (a timeout test) or the receiver is closing.
            }
        }
    }
}

/// <summary>One request a <see cref="LoopbackReceiver"/> got.</summary>
public sealed record ReceivedRequest(string Path, string Body, string? Signature, string? Authorization, string? IdempotencyKey, string? ContentType);
