namespace Steward.Forges;

/// <summary>
/// One forge call. <paramref name="Idempotent"/>: repeating it cannot do the work twice (a read, an update, a delete),
/// so a timeout or a 5xx is retried; a create is not (it may have happened), and the caller re-reads instead.
/// <paramref name="Content"/> makes the body afresh for each attempt. <paramref name="HashBody"/>: a download whose
/// body is not kept but hashed as it streams (the answer's body is its SHA-256, lower-case hex).
/// </summary>
internal sealed record ForgeRequest(HttpMethod Method, Uri Url, bool Idempotent, Func<HttpContent>? Content = null, bool Upload = false, bool HashBody = false)
{
    /// <summary>The call as messages name it: the method and the path, never the host's credentials or a query.</summary>
    public string Describe() => $"{Method.Method} {Url.AbsolutePath}";
}
