namespace Steward.Core.Forge;

/// <summary>
/// A release made over open release blockers on purpose (<c>--ignore-blockers --reason TEXT</c>): who, why and which
/// blockers, recorded as trailers in the release commit's message and the tag's, as a freeze override is.
/// </summary>
/// <param name="Identity">The committer, <c>Name &lt;email&gt;</c>.</param>
/// <param name="Reason">Why, one line.</param>
/// <param name="Blockers">The open blockers it released over.</param>
public sealed record BlockerOverride(string Identity, string Reason, IReadOnlyList<ForgeIssue> Blockers)
{
    public const string ReasonTrailer = "Blockers-Ignored";

    public const string IdentityTrailer = "Blockers-Ignored-By";

    public const string BlockerTrailer = "Blocker";

    /// <summary>The trailers, one line each: the reason, the identity, then each blocker's address.</summary>
    public string Trailers =>
        $"{ReasonTrailer}: {OneLine(Reason)}\n{IdentityTrailer}: {OneLine(Identity)}\n"
        + string.Concat(Blockers.Select(b => $"{BlockerTrailer}: {OneLine(b.Page)}\n"));

    /// <summary>
    /// <paramref name="message"/> with the trailers added: after a blank line, or right under trailers already there
    /// (a freeze override's), so that git reads them all as one trailer block.
    /// </summary>
    public string AppendTo(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var trimmed = message.TrimEnd('\n');
        var lastLine = trimmed[(trimmed.LastIndexOf('\n') + 1)..];
        var separator = lastLine.StartsWith(Freeze.FreezeOverride.IdentityTrailer + ":", StringComparison.Ordinal) ? "\n" : "\n\n";
        return trimmed + separator + Trailers;
    }

    private static string OneLine(string text) =>
        Text.UntrustedText.WithoutControls(text).Replace('\n', ' ').Trim();
}
