namespace Steward.Core.Versioning;

/// <summary>The three pre-release phases of PEP 440, in their order.</summary>
public enum Pep440PreLabel
{
    Alpha,
    Beta,
    ReleaseCandidate,
}
