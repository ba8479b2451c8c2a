namespace Steward.Tests.Report;

/// <summary>A fact that needs headless Chromium; skipped, saying how to install it, where it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserTools.Missing() is { } reason)
        {
            Skip = reason;
        }
    }
}
