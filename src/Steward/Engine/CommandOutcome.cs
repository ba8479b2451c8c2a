namespace Steward.Engine;

/// <summary>How an external command (a gate or a hook) ended.</summary>
internal sealed record CommandOutcome(int ExitCode, bool TimedOut, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
