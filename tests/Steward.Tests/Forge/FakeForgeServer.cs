using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Steward.Tests.Forge;

/// <summary>
/// The loopback plumbing every fake forge shares: an in-process HTTP server on 127.0.0.1 (a free port), the request
/// log, fault injection (<see cref="FakeForgeFault"/>: an error answer, a delay, an error after the work is done) and the
/// token check. A subclass answers requests (<see cref="Answer"/>, called under <see cref="Gate"/>, so its state changes
/// one request at a time) and says how it checks tokens.
/// </summary>
internal abstract class FakeForgeServer : IAsyncDisposable
{
    private readonly List<FakeForgeFault> faults = [];
    private readonly List<string> log = [];
    private WebApplication? app;

    /// <summary>The address the fake listens on.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>The address clients reach it by (a proxy's, in the contract tests), used in the URLs it answers.</summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>Each request as "METHOD path?query -> status".</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (Gate)
            {
                return [.. log];
            }
        }
    }

    public IEnumerable<string> Writes => Log.Where(l => !l.StartsWith("GET ", StringComparison.Ordinal));

    protected object Gate { get; } = new();

    public void Inject(FakeForgeFault fault)
    {
        lock (Gate)
        {
            faults.Add(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    protected static async Task<T> StartAsync<T>(T fake)
        where T : FakeForgeServer
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.app = app;
        fake.Url = app.Urls.First();
        fake.PublicUrl = fake.Url;
        return fake;
    }

    protected abstract bool Authorized(HttpRequest request);

    protected abstract FakeAnswer Unauthorized();

    /// <summary>The forge's answer to a request it accepts; runs under <see cref="Gate"/>.</summary>
    protected abstract FakeAnswer Answer(HttpRequest request, string path, byte[] body);

    /// <summary>Whether a fault is one of the forge's own kind, done by <see cref="Special"/> instead of the request's work.</summary>
    protected virtual bool IsSpecial(FakeForgeFault fault) => false;

    /// <summary>The work of a special fault (GitHub's half-finished upload), under <see cref="Gate"/>; the fault's answer follows.</summary>
    protected virtual void Special(FakeForgeFault fault, HttpRequest request, string path)
    {
    }

    /// <summary>Headers every answer carries unless a fault set them (GitHub's rate-limit headers).</summary>
    protected virtual void AddDefaultHeaders(HttpResponse response)
    {
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer);
            body = buffer.ToArray();
        }

        var fault = TakeFault(request.Method, path);
        if (fault is { Delay.Ticks: > 0 })
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(request, 0);
                return;
            }
        }

        FakeAnswer answer;
        var special = fault is not null && IsSpecial(fault);
        if (fault is not null && !fault.AfterWork && !special && fault.Status > 0)
        {
            answer = Injected(fault);
        }
        else if (!Authorized(request))
        {
            answer = Unauthorized();
        }
        else
        {
            lock (Gate)
            {
                if (special)
                {
                    Special(fault!, request, path);
                    answer = Injected(fault!);
                }
                else
                {
                    answer = Answer(request, path, body);
                }
            }

            if (fault is { AfterWork: true })
            {
                answer = Injected(fault);
            }
        }

        foreach (var (name, value) in fault?.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        AddDefaultHeaders(context.Response);
        context.Response.StatusCode = answer.Status;
        Record(request, answer.Status);
        if (answer.Bytes is not null)
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(answer.Bytes);
        }
        else if (answer.Json is not null && answer.Status != 204)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Json.ToJsonString());
        }
    }

    private static FakeAnswer Injected(FakeForgeFault fault) => new(fault.Status, JsonNode.Parse(fault.Body));

    private void Record(HttpRequest request, int status)
    {
        lock (Gate)
        {
            log.Add($"{request.Method} {request.Path}{request.QueryString} -> {status}");
        }
    }

    private FakeForgeFault? TakeFault(string method, string path)
    {
        lock (Gate)
        {
            var fault = faults.FirstOrDefault(f => f.Method == method && path.Contains(f.PathContains, StringComparison.Ordinal));
            if (fault is not null)
            {
                faults.Remove(fault);
                if (fault.Times > 1)
                {
                    faults.Add(fault with { Times = fault.Times - 1 });
                }
            }

            return fault;
        }
    }
}
