using System.Numerics;
using Steward.Core.Commits;

namespace Steward.Core.Flow;

/// <summary>
/// One release line (a major version) under the support policy: its first and latest stable releases, its status on
/// the day asked about, and the day its current status ends (null while it has full support with no end in sight).
/// </summary>
public sealed record SupportLine(BigInteger Major, SupportStatus Status, VersionTag FirstRelease, VersionTag LatestRelease, DateOnly? Ends)
{
    public string Name => $"{Major}.x";

    public bool IsSupported => Status != SupportStatus.EndOfLife;

    /// <summary>The status as written in tables, JSON and configuration: full, security, eol.</summary>
    public string StatusText => Status switch
    {
        SupportStatus.Full => "full",
        SupportStatus.Security => "security",
        _ => "eol",
    };
}
