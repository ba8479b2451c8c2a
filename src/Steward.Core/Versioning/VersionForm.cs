namespace Steward.Core.Versioning;

/// <summary>The written forms a version is converted to: its schemes plus the Docker and git tag spellings.</summary>
public enum VersionForm
{
    SemVer,
    Pep440,
    Docker,
    Tag,
}
