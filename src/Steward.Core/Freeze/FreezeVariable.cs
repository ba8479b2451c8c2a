namespace Steward.Core.Freeze;

/// <summary>
/// <c>STEWARD_FREEZE</c>, the switch a maintainer flips in CI without a commit: unset, empty, <c>0</c>, <c>false</c>,
/// <c>no</c> or <c>off</c> leave releases alone; any other value freezes every branch and component, with the value
/// as the reason (<c>1</c>, <c>true</c>, <c>yes</c> and <c>on</c> give a reason of their own).
/// </summary>
public static class FreezeVariable
{
    public const string Name = "STEWARD_FREEZE";

    private static readonly string[] Off = ["", "0", "false", "no", "off"];

    private static readonly string[] On = ["1", "true", "yes", "on"];

    /// <summary>The window the variable's <paramref name="value"/> declares, or null when it declares none.</summary>
    public static FreezeWindow? Window(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (Off.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var reason = On.Contains(text, StringComparer.OrdinalIgnoreCase) ? $"{Name} is set" : Text.UntrustedText.WithoutControls(text).Replace('\n', ' ');
        return new FreezeWindow(Name, 0, null, null, reason, [], []);
    }
}
