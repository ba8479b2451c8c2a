namespace Steward.Tests.Forge;

/// <summary>
/// A clock for forge retries that never sleeps: every wait asked for (a timer's due time) is recorded and its time
/// added to the clock's now, and the timer fires at once. So a 60 s secondary rate limit is asserted, not waited.
/// </summary>
internal sealed class RecordingClock : TimeProvider
{
    private readonly object gate = new();
    private readonly List<TimeSpan> waits = [];
    private DateTimeOffset now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (gate)
            {
                return [.. waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (gate)
            {
                waits.Add(dueTime);
                now += dueTime;
            }

            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
