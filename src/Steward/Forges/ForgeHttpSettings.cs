namespace Steward.Forges;

/// <summary>
/// How forge calls behave: the clock retries wait on (injected, so tests never sleep), the timeout of one call, how
/// many times an idempotent call is retried, the longest wait Steward accepts for a rate limit (beyond it the run
/// stops and says when to rerun), read-only mode (--dry-run: any write is a bug and throws), and where a call is traced
/// (--verbose).
/// </summary>
internal sealed record ForgeHttpSettings
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Uploads get longer: a large file at a slow link takes minutes.</summary>
    public TimeSpan UploadTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public int Retries { get; init; } = 3;

    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(15);

    public bool ReadOnly { get; init; }

    public Action<string>? Trace { get; init; }
}
