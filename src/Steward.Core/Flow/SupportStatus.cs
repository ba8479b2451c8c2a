namespace Steward.Core.Flow;

/// <summary>What a release line still gets.</summary>
public enum SupportStatus
{
    /// <summary>Fixes and features: the current line.</summary>
    Full,

    /// <summary>Security fixes only, until its end date.</summary>
    Security,

    /// <summary>Nothing any more.</summary>
    EndOfLife,
}
