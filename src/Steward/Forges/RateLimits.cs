using System.Globalization;

namespace Steward.Forges;

/// <summary>
/// How long a forge asks to be left alone. <c>Retry-After</c> (seconds or a date) wins; else GitHub's primary limit
/// (<c>x-ratelimit-remaining: 0</c> until <c>x-ratelimit-reset</c>, epoch seconds); else a 403 or 429 that is a
/// secondary limit waits at least 60 s, as GitHub documents. Null: the answer is no rate limit.
/// </summary>
internal static class RateLimits
{
    public static readonly TimeSpan SecondaryMinimum = TimeSpan.FromSeconds(60);

    public static TimeSpan? Delay(ForgeResponse response, DateTimeOffset now)
    {
        var retryAfter = RetryAfter(response, now);
        if (response.Status is not (403 or 429))
        {
            // A 503 with Retry-After says when to come back too; other answers never wait on a header.
            return response.Status == 503 ? retryAfter : null;
        }

        if (response.Header("x-ratelimit-remaining") == "0"
            && long.TryParse(response.Header("x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            var until = DateTimeOffset.FromUnixTimeSeconds(reset) - now + TimeSpan.FromSeconds(1);
            return retryAfter ?? (until > TimeSpan.Zero ? until : TimeSpan.FromSeconds(1));
        }

        var secondary = response.Status == 429 || response.Body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase)
            || response.Body.Contains("abuse", StringComparison.OrdinalIgnoreCase);
        if (secondary)
        {
            return retryAfter is { } wait && wait > SecondaryMinimum ? wait : SecondaryMinimum;
        }

        // A 403 with Retry-After and nothing else: the forge still says when to come back.
        return retryAfter;
    }

    private static TimeSpan? RetryAfter(ForgeResponse response, DateTimeOffset now)
    {
        var value = response.Header("Retry-After");
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date - now > TimeSpan.Zero ? date - now : TimeSpan.Zero)
            : null;
    }
}
