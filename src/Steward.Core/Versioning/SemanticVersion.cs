using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace Steward.Core.Versioning;

/// <summary>
/// A SemVer 2.0.0 version. Numbers are unbounded (the spec sets no limit), so precedence is exact
/// for any input. <see cref="ComparePrecedence"/> is the spec's precedence, which ignores build metadata;
/// <see cref="CompareTo(SemanticVersion?)"/> breaks precedence ties by build metadata (ordinal), so that
/// sorting is a total order consistent with <see cref="Equals(SemanticVersion?)"/>.
/// </summary>
public sealed class SemanticVersion : IComparable<SemanticVersion>, IEquatable<SemanticVersion>, IComparable
{
    public SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch,
        IEnumerable<string>? prerelease = null, IEnumerable<string>? build = null)
    {
        if (major.Sign < 0 || minor.Sign < 0 || patch.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(major), "version numbers are never negative");
        }

        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease?.ToImmutableArray() ?? [];
        Build = build?.ToImmutableArray() ?? [];
        foreach (var id in Prerelease)
        {
            SemanticVersionParser.CheckPrereleaseIdentifier(id, id);
        }

        foreach (var id in Build)
        {
            SemanticVersionParser.CheckBuildIdentifier(id, id);
        }
    }

    public BigInteger Major { get; }

    public BigInteger Minor { get; }

    public BigInteger Patch { get; }

    /// <summary>Dot-separated prerelease identifiers; empty for a release.</summary>
    public ImmutableArray<string> Prerelease { get; }

    /// <summary>Dot-separated build metadata identifiers; empty when there is none.</summary>
    public ImmutableArray<string> Build { get; }

    public bool IsPrerelease => !Prerelease.IsEmpty;

    /// <summary>The first prerelease identifier (the channel, e.g. <c>rc</c> in <c>1.0.0-rc.2</c>), or null.</summary>
    public string? Channel => Prerelease.IsEmpty ? null : Prerelease[0];

    /// <summary>The same version without prerelease and build: <c>1.2.3-rc.1+b</c> gives <c>1.2.3</c>.</summary>
    public SemanticVersion Core => new(Major, Minor, Patch);

    public static SemanticVersion Parse(string text, bool allowVPrefix = true) =>
        SemanticVersionParser.Parse(text, allowVPrefix);

    public static bool TryParse(string text, out SemanticVersion? version, bool allowVPrefix = true) =>
        SemanticVersionParser.TryParse(text, allowVPrefix, out version) is null;

    public SemanticVersion WithPrerelease(IEnumerable<string> prerelease) => new(Major, Minor, Patch, prerelease, Build);

    public SemanticVersion WithBuild(IEnumerable<string> build) => new(Major, Minor, Patch, Prerelease, build);

    /// <summary>SemVer 2.0.0 §11 precedence: build metadata does not count.</summary>
    public static int ComparePrecedence(SemanticVersion a, SemanticVersion b)
    {
        var c = a.Major.CompareTo(b.Major);
        if (c == 0)
        {
            c = a.Minor.CompareTo(b.Minor);
        }

        if (c == 0)
        {
            c = a.Patch.CompareTo(b.Patch);
        }

        return c != 0 ? c : ComparePrerelease(a.Prerelease, b.Prerelease);
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = ComparePrecedence(this, other);
        return c != 0 ? c : CompareIdentifierLists(Build, other.Build);
    }

    public int CompareTo(object? obj) => obj is SemanticVersion v ? CompareTo(v)
        : obj is null ? 1 : throw new ArgumentException("not a SemanticVersion", nameof(obj));

    public bool Equals(SemanticVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is SemanticVersion v && Equals(v);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Major);
        hash.Add(Minor);
        hash.Add(Patch);
        foreach (var id in Prerelease)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        foreach (var id in Build)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Major).Append('.').Append(Minor).Append('.').Append(Patch);
        if (!Prerelease.IsEmpty)
        {
            sb.Append('-').AppendJoin('.', Prerelease);
        }

        if (!Build.IsEmpty)
        {
            sb.Append('+').AppendJoin('.', Build);
        }

        return sb.ToString();
    }

    public static bool operator ==(SemanticVersion? a, SemanticVersion? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(SemanticVersion? a, SemanticVersion? b) => !(a == b);

    public static bool operator <(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) >= 0;

    private static int ComparePrerelease(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        // A version without prerelease identifiers has higher precedence than one with them.
        if (a.IsEmpty || b.IsEmpty)
        {
            return (a.IsEmpty ? 1 : 0) - (b.IsEmpty ? 1 : 0);
        }

        return CompareIdentifierLists(a, b);
    }

    private static int CompareIdentifierLists(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = CompareIdentifier(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        // A larger set of identifiers has higher precedence when all preceding ones are equal.
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Numeric identifiers compare numerically and sort below alphanumeric ones, which compare in ASCII order.</summary>
    internal static int CompareIdentifier(string a, string b)
    {
        var aNumeric = IsNumeric(a);
        var bNumeric = IsNumeric(b);
        if (aNumeric && bNumeric)
        {
            // Without leading zeros, a longer digit string is a larger number; equal lengths compare as text.
            var byLength = TrimLeadingZeros(a).Length.CompareTo(TrimLeadingZeros(b).Length);
            return byLength != 0 ? byLength : Math.Sign(string.CompareOrdinal(TrimLeadingZeros(a), TrimLeadingZeros(b)));
        }

        if (aNumeric != bNumeric)
        {
            return aNumeric ? -1 : 1;
        }

        return Math.Sign(string.CompareOrdinal(a, b));
    }

    internal static bool IsNumeric(string identifier)
    {
        if (identifier.Length == 0)
        {
            return false;
        }

        foreach (var ch in identifier)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // Build metadata may carry leading zeros ("001"); they compare as the number they spell.
    private static string TrimLeadingZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }
}
