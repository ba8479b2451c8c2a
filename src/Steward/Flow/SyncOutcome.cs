namespace Steward.Flow;

/// <summary>What happened to one downstream branch.</summary>
internal enum SyncOutcome
{
    UpToDate,
    FastForwarded,
    Merged,
    Failed,
}
