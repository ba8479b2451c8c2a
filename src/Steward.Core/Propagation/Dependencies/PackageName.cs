using System.Text.RegularExpressions;

namespace Steward.Core.Propagation.Dependencies;

/// <summary>A component's package name in one ecosystem, compared with a name written in a dependent's file as that ecosystem compares names.</summary>
public sealed partial record PackageName(PackageEcosystem Ecosystem, string Name)
{
    public bool Matches(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return Ecosystem switch
        {
            PackageEcosystem.Python => string.Equals(Normalise(Name), Normalise(written), StringComparison.Ordinal),
            PackageEcosystem.NuGet => string.Equals(Name, written, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(Name, written, StringComparison.Ordinal),
        };
    }

    // PEP 503: lower case, every run of '-', '_' and '.' is one '-'.
    private static string Normalise(string name) => Separators().Replace(name.Trim(), "-").ToLowerInvariant();

    [GeneratedRegex("[-_.]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separators();
}
