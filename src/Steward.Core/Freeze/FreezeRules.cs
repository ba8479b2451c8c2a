namespace Steward.Core.Freeze;

/// <summary>Decides whether releases are frozen: pure, over the windows read and a time the caller passes (no clock here).</summary>
public static class FreezeRules
{
    public static FreezeStatus Evaluate(IEnumerable<FreezeWindow> windows, DateTimeOffset at, string? branch, string? component)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var covering = windows.Where(w => w.Covers(branch, component)).ToList();
        return new FreezeStatus(
            at,
            branch,
            component,
            covering.Where(w => w.IsOpenAt(at)).ToList(),
            covering.Where(w => w.Start > at).OrderBy(w => w.Start).ToList());
    }
}
