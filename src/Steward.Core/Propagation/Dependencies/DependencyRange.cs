using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Dependencies;

/// <summary>
/// Where the version is inside a dependency's version constraint. Only a whole version, alone or after one lower-bound
/// operator, is a place to write: <c>^2.1.0</c>, <c>~2.1.0</c>, <c>&gt;=2.1.0</c>, <c>2.1.0</c> take the new version
/// after the operator they keep; <c>workspace:*</c>, <c>2.x</c>, <c>^2.1</c>, <c>*</c>, ranges with spaces, paths and
/// URLs are left as written.
/// </summary>
public static class DependencyRange
{
    private static readonly string[] Operators = [">=", "==", "^", "~", "="];

    private static readonly string[] Pep508Operators = ["===", "==", "~=", ">=", "<=", "!=", "<", ">"];

    /// <summary>The offset and length of the version in a constraint (npm, Helm, Poetry, NuGet), or null when none is to be written.</summary>
    public static (int Offset, int Length)? Version(string constraint, VersionForm form)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        var start = Operators.FirstOrDefault(o => constraint.StartsWith(o, StringComparison.Ordinal))?.Length ?? 0;
        var version = constraint[start..];
        return IsWholeVersion(version, form) ? (start, version.Length) : null;
    }

    /// <summary>
    /// A PEP 508 requirement (<c>core[extra] &gt;=2.1.0,&lt;3 ; python_version &gt; "3.9"</c>): its name and each clause
    /// with its operator, the version's offset and length; null when it is not a name with version specifiers (a URL).
    /// </summary>
    public static (string Name, IReadOnlyList<Pep508Clause> Clauses)? Pep508(string requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var pos = 0;
        Skip(requirement, ref pos);
        var nameStart = pos;
        while (pos < requirement.Length && (char.IsAsciiLetterOrDigit(requirement[pos]) || requirement[pos] is '-' or '_' or '.'))
        {
            pos++;
        }

        if (pos == nameStart)
        {
            return null;
        }

        var name = requirement[nameStart..pos];
        Skip(requirement, ref pos);
        if (pos < requirement.Length && requirement[pos] == '[')
        {
            pos = requirement.IndexOf(']', pos);
            if (pos < 0)
            {
                return null;
            }

            pos++;
            Skip(requirement, ref pos);
        }

        if (pos < requirement.Length && requirement[pos] == '(')
        {
            pos++;
        }

        var end = requirement.IndexOfAny([';', ')', '@'], pos);
        if (end >= 0 && requirement[end] == '@')
        {
            return null;
        }

        end = end < 0 ? requirement.Length : end;
        var clauses = new List<Pep508Clause>();
        var clauseStart = pos;
        for (var i = pos; i <= end; i++)
        {
            if (i == end || requirement[i] == ',')
            {
                if (Clause(requirement, clauseStart, i) is { } clause)
                {
                    clauses.Add(clause);
                }

                clauseStart = i + 1;
            }
        }

        return (name, clauses);
    }

    /// <summary>Whether a PEP 508 clause holds a version to write: a pin or lower bound (==, &gt;=, ~=) on a whole version.</summary>
    public static bool IsWritable(Pep508Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Operator is "==" or ">=" or "~=" && IsWholeVersion(clause.Version, VersionForm.Pep440);
    }

    private static Pep508Clause? Clause(string text, int start, int end)
    {
        var pos = start;
        Skip(text, ref pos);
        var op = Pep508Operators.FirstOrDefault(o => string.CompareOrdinal(text, pos, o, 0, o.Length) == 0);
        if (op is null)
        {
            return null;
        }

        pos += op.Length;
        Skip(text, ref pos);
        var versionEnd = end;
        while (versionEnd > pos && char.IsWhiteSpace(text[versionEnd - 1]))
        {
            versionEnd--;
        }

        return versionEnd > pos ? new Pep508Clause(op, pos, versionEnd - pos, text[pos..versionEnd]) : null;
    }

    // A whole version: SemVer MAJOR.MINOR.PATCH[-pre][+build], or PEP 440 with at least three release segments.
    private static bool IsWholeVersion(string version, VersionForm form) => form == VersionForm.Pep440
        ? !version.Contains('*', StringComparison.Ordinal) && Pep440Parser.TryParse(version) is { Release.Length: >= 3 }
        : SemanticVersion.TryParse(version, out _, allowVPrefix: false);

    private static void Skip(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }
}
