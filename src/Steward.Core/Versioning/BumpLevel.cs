namespace Steward.Core.Versioning;

/// <summary>How far a version moves. Ordered: a larger value is a larger bump.</summary>
public enum BumpLevel
{
    None = 0,
    Patch = 1,
    Minor = 2,
    Major = 3,
}
