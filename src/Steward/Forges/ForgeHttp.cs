using System.Diagnostics;
using System.Security.Cryptography;
using Polly;
using Polly.Retry;

namespace Steward.Forges;

/// <summary>
/// Sends forge calls with Polly's retry strategy: a rate limit waits as long as the forge asks (and at least 60 s for
/// GitHub's secondary limit) on the injected clock, then tries again, whatever the call (the forge refused it unseen);
/// a timeout, a lost connection or a 5xx is retried with backoff only for idempotent calls; every call has its own
/// timeout. Records every call it makes (--dry-run --json lists them) and refuses any write in read-only mode.
/// </summary>
internal sealed class ForgeHttp(HttpClient client, ForgeHttpSettings settings)
{
    private readonly List<ForgeCall> calls = [];

    public IReadOnlyList<ForgeCall> Calls => calls;

    public ForgeHttpSettings Settings => settings;

    /// <param name="notFoundIsAnswer">A 404 is returned, not thrown (a release that does not exist yet).</param>
    public async Task<ForgeResponse> SendAsync(ForgeRequest request, CancellationToken cancellation, bool notFoundIsAnswer = false)
    {
        if (settings.ReadOnly && request.Method != HttpMethod.Get)
        {
            throw new InvalidOperationException($"read-only run attempted {request.Describe()}");
        }

        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<ForgeResponse> { TimeProvider = settings.Clock }
            .AddRetry(new RetryStrategyOptions<ForgeResponse>
            {
                MaxRetryAttempts = settings.Retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(1),
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(request, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? RateLimits.Delay(r, settings.Clock.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    settings.Trace?.Invoke($"retrying {request.Describe()} in {args.RetryDelay.TotalSeconds:0.#} s");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        try
        {
            var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(request, token);
                },
                cancellation);
            if (response.Succeeded || (notFoundIsAnswer && response.Status == 404))
            {
                return response;
            }

            if (RateLimits.Delay(response, settings.Clock.GetUtcNow()) is { } wait && response.Status is 403 or 429)
            {
                throw new ForgeHttpException(ForgeFailure.RateLimited, request.Describe(), response.Status, Reason(response), attempts, false)
                {
                    RetryAt = settings.Clock.GetUtcNow() + wait,
                    Body = response.Body,
                };
            }

            throw new ForgeHttpException(ForgeFailure.Status, request.Describe(), response.Status, Reason(response), attempts,
                uncertain: !request.Idempotent && response.Status >= 500)
            {
                Body = response.Body,
            };
        }
        catch (TimeoutException e)
        {
            throw new ForgeHttpException(ForgeFailure.Timeout, request.Describe(), 0, e.Message, attempts, !request.Idempotent, e);
        }
        catch (HttpRequestException e)
        {
            throw new ForgeHttpException(ForgeFailure.Network, request.Describe(), 0, e.HttpRequestError.ToString(), attempts, !request.Idempotent, e);
        }
    }

    private bool ShouldRetry(ForgeRequest request, Outcome<ForgeResponse> outcome)
    {
        if (outcome.Exception is not null)
        {
            return request.Idempotent && outcome.Exception is TimeoutException or HttpRequestException;
        }

        var response = outcome.Result!;
        if (response.Succeeded)
        {
            return false;
        }

        if (response.Status is 403 or 429)
        {
            // Refused unseen, so any call may go again, but only when the wait is one a release run can afford.
            return RateLimits.Delay(response, settings.Clock.GetUtcNow()) is { } wait && wait <= settings.MaxWait;
        }

        return request.Idempotent && response.Status is 408 or 500 or 502 or 503 or 504;
    }

    private async Task<ForgeResponse> AttemptAsync(ForgeRequest request, CancellationToken cancellation)
    {
        var limit = request.Upload || request.HashBody ? settings.UploadTimeout : settings.CallTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limit);
        using var message = new HttpRequestMessage(request.Method, request.Url) { Content = request.Content?.Invoke() };
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(message, request.HashBody ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, timeout.Token);
            var status = (int)response.StatusCode;
            var body = request.HashBody && response.IsSuccessStatusCode
                ? await HashAsync(response.Content, timeout.Token)
                : await response.Content.ReadAsStringAsync(timeout.Token);
            calls.Add(new ForgeCall(request.Method.Method, request.Url.GetLeftPart(UriPartial.Path), status));
            settings.Trace?.Invoke($"{request.Describe()} -> {status} ({watch.ElapsedMilliseconds} ms)");
            return new ForgeResponse(status, body, response.Headers);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            calls.Add(new ForgeCall(request.Method.Method, request.Url.GetLeftPart(UriPartial.Path), null));
            settings.Trace?.Invoke($"{request.Describe()} -> no answer within {limit.TotalSeconds:0} s");
            throw new TimeoutException($"{limit.TotalSeconds:0}", e);
        }
        catch (HttpRequestException e)
        {
            calls.Add(new ForgeCall(request.Method.Method, request.Url.GetLeftPart(UriPartial.Path), null));
            settings.Trace?.Invoke($"{request.Describe()} -> {e.HttpRequestError}");
            throw;
        }
    }

    /// <summary>A download hashed as it streams: a file of gigabytes is never held in memory.</summary>
    private static async Task<string> HashAsync(HttpContent content, CancellationToken cancellation)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellation);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation));
    }

    /// <summary>The forge's own message (GitHub, Gitea and GitLab all answer errors as JSON with a "message"), short and on one line.</summary>
    private static string Reason(ForgeResponse response) => ForgeErrorText.Of(response.Body, response.Status);
}
