namespace Steward.Core.Propagation;

/// <summary>Which part of the version a slot holds: all of it, or the halves .NET keeps in two properties.</summary>
public enum VersionPart
{
    /// <summary>The whole version, e.g. <c>1.2.0-rc.1</c>.</summary>
    Whole,

    /// <summary>MAJOR.MINOR.PATCH only (<c>&lt;VersionPrefix&gt;</c>).</summary>
    Core,

    /// <summary>The prerelease and build after the core, without the dash (<c>&lt;VersionSuffix&gt;</c>).</summary>
    Suffix,
}
