namespace Steward.Core.Versioning;

/// <summary>The version schemes Steward reads and writes.</summary>
public enum VersionScheme
{
    SemVer,
    Pep440,
}
