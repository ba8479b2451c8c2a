using Steward.Core.Freeze;

namespace Steward.Core.Errors;

/// <summary>Freeze windows: <c>.steward/freeze.yml</c>, <c>release.freeze</c>, <c>STEWARD_FREEZE</c> and the overrides.</summary>
public static partial class Messages
{
    /// <summary>A verb that releases refused by a freeze (exit 4); the line reads <c>steward: frozen: ...</c>.</summary>
    /// <param name="what">What was refused and where: "release of v1.2.0 on 'main'".</param>
    /// <param name="window">The window that lasts longest.</param>
    /// <param name="others">How many more windows are open.</param>
    public static StewardException Frozen(string what, FreezeWindow window, int others)
    {
        ArgumentNullException.ThrowIfNull(window);
        var until = window.End is { } end ? $"until {FreezeTime.Format(end)}" : "until the window is removed";
        var more = others > 0 ? $" (and {others} more window{(others == 1 ? string.Empty : "s")})" : string.Empty;
        return new(FailureKind.Frozen,
            $"frozen: {what} refused {until} by {window.Location}: {window.Reason}{more}; nothing was changed (rerun after the freeze, or with --override-freeze --reason TEXT)");
    }

    public static StewardException FreezeFileNotAMapping(string path, long line) =>
        Invalid($"{path}:{line}: a freeze file is a mapping with one key, 'windows', a list of windows (see docs/freeze.md)");

    public static StewardException FreezeFileKeyUnknown(string path, long line, string key) =>
        Invalid($"{path}:{line}: unknown key '{key}'; a freeze file has one key, 'windows', a list of windows (see docs/freeze.md)");

    public static StewardException FreezeWindowsNotAList(string path, long line, string key) =>
        Invalid($"{path}:{line}: key '{key}' must be a list of windows, each with start, end, reason and optionally branches and components (see docs/freeze.md)");

    public static StewardException FreezeWindowNotAMapping(string path, long line, string key) =>
        Invalid($"{path}:{line}: an item of '{key}' must be a window (a mapping with start, end, reason, branches, components)");

    /// <param name="suggestion">The closest known key, or null.</param>
    public static StewardException FreezeKeyUnknown(string path, long line, string key, string? suggestion) =>
        Invalid($"{path}:{line}: unknown key '{key}' in a freeze window{DidYouMean(suggestion)}");

    public static StewardException FreezeValueNotText(string path, long line, string key) =>
        Invalid($"{path}:{line}: key '{key}' must be a single value");

    public static StewardException FreezeValueNotAList(string path, long line, string key) =>
        Invalid($"{path}:{line}: key '{key}' must be a list of names, e.g. [main, 'release/*']");

    public static StewardException FreezeTimeInvalid(string path, long line, string key, string text) =>
        Invalid($"{path}:{line}: key '{key}': '{text}' is not a date or a time with its offset; write 2026-12-20 or 2026-12-20T18:00:00Z");

    public static StewardException FreezeAtInvalid(string text) =>
        Invalid($"--at '{text}' is not a date or a time with its offset; write 2026-12-20 or 2026-12-20T18:00:00Z");

    public static StewardException FreezeReasonMissing(string path, long line) =>
        Invalid($"{path}:{line}: key 'reason' is missing or empty; a freeze window says why releases stop");

    public static StewardException FreezeEndNotAfterStart(string path, long line) =>
        Invalid($"{path}:{line}: key 'end' is not after 'start'; the window would never be open");

    public static StewardException OverrideFreezeWithoutReason() =>
        Invalid("--override-freeze needs --reason TEXT: the release commit and tag record who overrode the freeze and why");

    public static StewardException ReasonWithoutOverrideFreeze() =>
        Invalid("--reason is the reason for --override-freeze; give both, or neither");

    public static StewardException NoIdentityForOverride() =>
        Invalid("git has no identity to record for --override-freeze; set user.name and user.email (git config), then rerun");
}
