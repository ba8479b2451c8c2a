using System.Reflection;

namespace Steward.Artifacts;

/// <summary>Steward's own version, as recorded in SBOM and provenance (from VERSION at build time).</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
