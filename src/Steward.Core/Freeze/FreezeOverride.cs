namespace Steward.Core.Freeze;

/// <summary>
/// A release made during a freeze on purpose (<c>--override-freeze --reason TEXT</c>): who (the git identity that
/// commits and tags) and why, recorded as trailers in the release commit's message and the tag's.
/// </summary>
/// <param name="Identity">The committer, <c>Name &lt;email&gt;</c>.</param>
/// <param name="Reason">Why, one line.</param>
/// <param name="Windows">The windows it overrides.</param>
public sealed record FreezeOverride(string Identity, string Reason, IReadOnlyList<FreezeWindow> Windows)
{
    public const string ReasonTrailer = "Freeze-Override";

    public const string IdentityTrailer = "Freeze-Override-By";

    /// <summary>The trailers, one line each.</summary>
    public string Trailers => $"{ReasonTrailer}: {OneLine(Reason)}\n{IdentityTrailer}: {OneLine(Identity)}\n";

    /// <summary><paramref name="message"/> with the trailers after a blank line (where git reads trailers).</summary>
    public string AppendTo(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.TrimEnd('\n') + "\n\n" + Trailers;
    }

    private static string OneLine(string text) =>
        Text.UntrustedText.WithoutControls(text).Replace('\n', ' ').Trim();
}
