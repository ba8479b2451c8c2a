namespace Steward.Forges;

/// <summary>
/// A forge call that failed for good: its kind, the call, the status and the forge's own message when it answered.
/// <see cref="Uncertain"/>: a create that may have happened (no answer, or a 5xx): the caller re-reads before it
/// tries again. The use case words it with the message catalogue.
/// </summary>
internal sealed class ForgeHttpException : Exception
{
    public ForgeHttpException(ForgeFailure failure, string call, int status, string reason, int attempts, bool uncertain, Exception? inner = null)
        : base($"{call}: {failure} {status} {reason}", inner)
    {
        Failure = failure;
        Call = call;
        Status = status;
        Reason = reason;
        Attempts = attempts;
        Uncertain = uncertain;
    }

    public ForgeHttpException()
        : this(ForgeFailure.Network, string.Empty, 0, string.Empty, 0, false)
    {
    }

    public ForgeHttpException(string message)
        : this(ForgeFailure.Network, string.Empty, 0, message, 0, false)
    {
    }

    public ForgeHttpException(string message, Exception innerException)
        : this(ForgeFailure.Network, string.Empty, 0, message, 0, false, innerException)
    {
    }

    public ForgeFailure Failure { get; }

    public string Call { get; }

    public int Status { get; }

    /// <summary>The forge's message, or the kind of network failure; never a token (the forge never echoes it, the client never sends it elsewhere).</summary>
    public string Reason { get; }

    public int Attempts { get; }

    public bool Uncertain { get; }

    /// <summary>For a rate limit: when it ends.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>The forge's answer, for clients that read structured errors (GitHub's 422 already_exists).</summary>
    public string Body { get; init; } = string.Empty;
}
