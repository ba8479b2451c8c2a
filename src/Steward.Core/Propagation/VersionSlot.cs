using Steward.Core.Versioning;

namespace Steward.Core.Propagation;

/// <summary>
/// One place in a file's text that holds the version: the character range of the token (quotes excluded), the text
/// found there, its 1-based line, the form it is written in, and a label naming it for people (e.g. <c>appVersion</c>).
/// </summary>
public sealed record VersionSlot(int Start, int Length, string Found, int Line, VersionForm Form, string Label, VersionPart Part = VersionPart.Whole)
{
    public int End => Start + Length;
}
