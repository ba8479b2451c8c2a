namespace Steward.Core.Versioning;

/// <summary>
/// A version as a user wrote it: in SemVer or PEP 440, with or without a leading <c>v</c>. It remembers its scheme
/// and prefix so that writing it back keeps the user's choice, and converts to either scheme on demand.
/// </summary>
public sealed class ParsedVersion
{
    private ParsedVersion(VersionScheme scheme, SemanticVersion? semVer, Pep440Version? pep440, bool hasVPrefix)
    {
        Scheme = scheme;
        SemVerValue = semVer;
        Pep440Value = pep440;
        HasVPrefix = hasVPrefix;
    }

    public VersionScheme Scheme { get; }

    public bool HasVPrefix { get; }

    /// <summary>The SemVer value when the scheme is SemVer; otherwise null.</summary>
    public SemanticVersion? SemVerValue { get; }

    /// <summary>The PEP 440 value when the scheme is PEP 440; otherwise null.</summary>
    public Pep440Version? Pep440Value { get; }

    public static ParsedVersion FromSemVer(SemanticVersion version, bool hasVPrefix = false) =>
        new(VersionScheme.SemVer, version, null, hasVPrefix);

    public static ParsedVersion FromPep440(Pep440Version version, bool hasVPrefix = false) =>
        new(VersionScheme.Pep440, null, version, hasVPrefix);

    /// <summary>Parses in <paramref name="scheme"/>; without one, SemVer first and then PEP 440 (<c>1.0</c> is only PEP 440).</summary>
    public static ParsedVersion Parse(string text, VersionScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var hasV = trimmed.Length > 0 && (trimmed[0] == 'v' || trimmed[0] == 'V');
        if (scheme == VersionScheme.SemVer)
        {
            if (trimmed.Length != text.Length)
            {
                throw new VersionFormatException(text, "SemVer allows no surrounding whitespace");
            }

            return FromSemVer(SemanticVersion.Parse(text), hasV);
        }

        if (scheme == VersionScheme.Pep440)
        {
            return FromPep440(Pep440Version.Parse(text), hasV);
        }

        if (trimmed.Length == text.Length && SemanticVersion.TryParse(text, out var sem))
        {
            return FromSemVer(sem!, hasV);
        }

        if (Pep440Version.TryParse(text, out var pep))
        {
            return FromPep440(pep!, hasV);
        }

        // Neither scheme: report SemVer's reason, the scheme most inputs aim at.
        SemanticVersion.Parse(trimmed);
        throw new VersionFormatException(text, "not a version");
    }

    public SemanticVersion ToSemVer() => SemVerValue ?? VersionConverter.ToSemVer(Pep440Value!);

    public Pep440Version ToPep440() => Pep440Value ?? VersionConverter.ToPep440(SemVerValue!);

    /// <summary>The canonical text in its own scheme, without a prefix.</summary>
    public string Normalized => SemVerValue?.ToString() ?? Pep440Value!.ToString();

    /// <summary>The canonical text with the <c>v</c> the user wrote, if any.</summary>
    public override string ToString() => (HasVPrefix ? "v" : string.Empty) + Normalized;

    /// <summary>Orders two versions of the same scheme: SemVer by precedence, PEP 440 by its rules.</summary>
    public static int ComparePrecedence(ParsedVersion a, ParsedVersion b)
    {
        if (a.Scheme != b.Scheme)
        {
            return SemanticVersion.ComparePrecedence(a.ToSemVer(), b.ToSemVer());
        }

        return a.Scheme == VersionScheme.SemVer
            ? SemanticVersion.ComparePrecedence(a.SemVerValue!, b.SemVerValue!)
            : a.Pep440Value!.CompareTo(b.Pep440Value);
    }

    /// <summary>
    /// A total order for sorting: precedence first, then SemVer build metadata, so that distinct SemVer texts never tie.
    /// PEP 440 versions that are equal (1.0 and 1.0.0) do tie, as the spec says they are the same version.
    /// </summary>
    public static int CompareTotal(ParsedVersion? a, ParsedVersion? b)
    {
        if (a is null || b is null)
        {
            return (a is null ? 0 : 1) - (b is null ? 0 : 1);
        }

        var c = ComparePrecedence(a, b);
        return c != 0 || a.SemVerValue is null || b.SemVerValue is null ? c : a.SemVerValue.CompareTo(b.SemVerValue);
    }

    /// <summary>The same version written with a leading 'v'.</summary>
    public ParsedVersion WithVPrefix() => new(Scheme, SemVerValue, Pep440Value, hasVPrefix: true);

    /// <summary>Rebuilds a version of this version's scheme and prefix from a SemVer value (e.g. after a bump).</summary>
    public ParsedVersion With(SemanticVersion version) => Scheme == VersionScheme.SemVer
        ? FromSemVer(version, HasVPrefix)
        : FromPep440(VersionConverter.ToPep440(version), HasVPrefix);
}
