namespace Steward.Forges;

/// <summary>Why a forge call failed, as the messages tell it apart.</summary>
internal enum ForgeFailure
{
    /// <summary>The forge answered with an error status (after any retries).</summary>
    Status,

    /// <summary>No answer within the call's timeout.</summary>
    Timeout,

    /// <summary>No connection (DNS, refused, TLS).</summary>
    Network,

    /// <summary>A rate limit that lasts longer than Steward waits.</summary>
    RateLimited,
}
