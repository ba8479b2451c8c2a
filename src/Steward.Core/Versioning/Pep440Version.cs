using System.Collections.Immutable;
using System.Numerics;
using System.Text;

namespace Steward.Core.Versioning;

/// <summary>
/// A PEP 440 version in normalized form. Equality and ordering follow the spec: trailing zeros in the
/// release segment are insignificant (<c>1.0 == 1.0.0</c>), dev &lt; pre &lt; final &lt; post, and a local
/// version sorts after the same public version.
/// </summary>
public sealed class Pep440Version : IComparable<Pep440Version>, IEquatable<Pep440Version>, IComparable
{
    public Pep440Version(
        BigInteger epoch,
        IEnumerable<BigInteger> release,
        (Pep440PreLabel Label, BigInteger Number)? pre = null,
        BigInteger? post = null,
        BigInteger? dev = null,
        IEnumerable<string>? local = null)
    {
        Epoch = epoch;
        Release = release.ToImmutableArray();
        if (Release.IsEmpty)
        {
            throw new ArgumentException("a PEP 440 version needs at least one release number", nameof(release));
        }

        Pre = pre;
        Post = post;
        Dev = dev;
        Local = local?.ToImmutableArray() ?? [];
    }

    public BigInteger Epoch { get; }

    public ImmutableArray<BigInteger> Release { get; }

    public (Pep440PreLabel Label, BigInteger Number)? Pre { get; }

    public BigInteger? Post { get; }

    public BigInteger? Dev { get; }

    /// <summary>Local version segments, lower case, numeric ones without leading zeros.</summary>
    public ImmutableArray<string> Local { get; }

    public bool IsPrerelease => Pre is not null || Dev is not null;

    public static Pep440Version Parse(string text) => Pep440Parser.Parse(text);

    public static bool TryParse(string text, out Pep440Version? version)
    {
        version = Pep440Parser.TryParse(text);
        return version is not null;
    }

    /// <summary>The canonical form: <c>[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (!Epoch.IsZero)
        {
            sb.Append(Epoch).Append('!');
        }

        sb.AppendJoin('.', Release);
        if (Pre is { } pre)
        {
            sb.Append(pre.Label switch
            {
                Pep440PreLabel.Alpha => "a",
                Pep440PreLabel.Beta => "b",
                _ => "rc",
            }).Append(pre.Number);
        }

        if (Post is { } post)
        {
            sb.Append(".post").Append(post);
        }

        if (Dev is { } dev)
        {
            sb.Append(".dev").Append(dev);
        }

        if (!Local.IsEmpty)
        {
            sb.Append('+').AppendJoin('.', Local);
        }

        return sb.ToString();
    }

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Epoch.CompareTo(other.Epoch);
        if (c != 0)
        {
            return c;
        }

        c = CompareRelease(Release, other.Release);
        if (c != 0)
        {
            return c;
        }

        c = ComparePhase(this, other);
        if (c != 0)
        {
            return c;
        }

        return CompareLocal(Local, other.Local);
    }

    public int CompareTo(object? obj) => obj is Pep440Version v ? CompareTo(v)
        : obj is null ? 1 : throw new ArgumentException("not a Pep440Version", nameof(obj));

    public bool Equals(Pep440Version? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Pep440Version v && Equals(v);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Epoch);
        var significant = Release.Length;
        while (significant > 1 && Release[significant - 1].IsZero)
        {
            significant--;
        }

        for (var i = 0; i < significant; i++)
        {
            hash.Add(Release[i]);
        }

        hash.Add(Pre);
        hash.Add(Post);
        hash.Add(Dev);
        foreach (var segment in Local)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(Pep440Version? a, Pep440Version? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(Pep440Version? a, Pep440Version? b) => !(a == b);

    public static bool operator <(Pep440Version a, Pep440Version b) => a.CompareTo(b) < 0;

    public static bool operator >(Pep440Version a, Pep440Version b) => a.CompareTo(b) > 0;

    public static bool operator <=(Pep440Version a, Pep440Version b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Pep440Version a, Pep440Version b) => a.CompareTo(b) >= 0;

    private static int CompareRelease(ImmutableArray<BigInteger> a, ImmutableArray<BigInteger> b)
    {
        // Missing trailing segments count as zero, so 1.0 == 1.0.0.
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : BigInteger.Zero;
            var y = i < b.Length ? b[i] : BigInteger.Zero;
            var c = x.CompareTo(y);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>Orders pre, post and dev: 1.0.dev0 &lt; 1.0a1.dev0 &lt; 1.0a1 &lt; 1.0 &lt; 1.0.post1.dev0 &lt; 1.0.post1.</summary>
    private static int ComparePhase(Pep440Version a, Pep440Version b)
    {
        var c = PreKey(a).CompareTo(PreKey(b));
        if (c != 0)
        {
            return c;
        }

        c = (a.Post ?? BigInteger.MinusOne).CompareTo(b.Post ?? BigInteger.MinusOne);
        if (c != 0)
        {
            return c;
        }

        // No dev segment sorts after any dev segment.
        return (a.Dev is null ? 1 : 0) - (b.Dev is null ? 1 : 0) is var d and not 0 ? d
            : (a.Dev ?? BigInteger.Zero).CompareTo(b.Dev ?? BigInteger.Zero);
    }

    // A pre-release key: a dev-only release sorts below every pre-release; a final release above them.
    private static (int Rank, int Label, BigInteger Number) PreKey(Pep440Version v)
    {
        if (v.Pre is { } pre)
        {
            return (1, (int)pre.Label, pre.Number);
        }

        return v.Post is null && v.Dev is not null ? (0, 0, BigInteger.Zero) : (2, 0, BigInteger.Zero);
    }

    private static int CompareLocal(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var x = a[i];
            var y = b[i];
            var xNum = SemanticVersion.IsNumeric(x);
            var yNum = SemanticVersion.IsNumeric(y);
            int c;
            if (xNum && yNum)
            {
                c = BigInteger.Parse(x, System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(BigInteger.Parse(y, System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (xNum != yNum)
            {
                // Numeric local segments sort after alphanumeric ones.
                c = xNum ? 1 : -1;
            }
            else
            {
                c = Math.Sign(string.CompareOrdinal(x, y));
            }

            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
