namespace Steward.Core.Report;

/// <summary>The releases of one calendar month (UTC): stable ones (GA and patches) and prereleases, retracted ones left out.</summary>
public sealed record CadenceMonth(string Month, int Stable, int Prerelease)
{
    public int Total => Stable + Prerelease;
}
