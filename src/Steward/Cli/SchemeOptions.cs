using System.CommandLine;
using Steward.Core.Versioning;

namespace Steward.Cli;

/// <summary>The --scheme option shared by the verbs that read bare version strings.</summary>
internal static class SchemeOptions
{
    public static Option<string> Create() => new Option<string>("--scheme")
    {
        Description = "Version scheme of the inputs",
        DefaultValueFactory = _ => "semver",
        HelpName = "semver|pep440",
    }.AcceptOnlyFromAmong("semver", "pep440");

    public static VersionScheme Parse(string value) => value == "pep440" ? VersionScheme.Pep440 : VersionScheme.SemVer;
}
