namespace Steward.Flow;

/// <summary>A file a finish's commit step writes, with its whole new content (kept in the state file until the step runs).</summary>
internal sealed record FinishFile(string Path, byte[] Content);
