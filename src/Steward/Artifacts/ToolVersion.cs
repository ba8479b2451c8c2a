namespace Steward.Artifacts;

/// <summary>Steward's own version, as recorded in SBOM and provenance (from VERSION at build time).</summary>
internal static class ToolVersion
{
    // The build's constant, not the assembly attribute read through reflection (see BuildVersion in Steward.csproj).
    public static string Current => BuildVersion.Informational;
}
