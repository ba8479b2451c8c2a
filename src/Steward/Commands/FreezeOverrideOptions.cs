using System.CommandLine;
using Steward.Core.Errors;

namespace Steward.Commands;

/// <summary>--override-freeze and --reason, the same on every verb that a freeze refuses.</summary>
internal sealed class FreezeOverrideOptions
{
    public Option<bool> OverrideFreeze { get; } = new("--override-freeze")
    {
        Description = "Release even during a freeze (see docs/freeze.md); needs --reason, recorded with your git identity in the release commit and tag",
    };

    public Option<string?> Reason { get; } = new("--reason") { Description = "Why the freeze is overridden (with --override-freeze)", HelpName = "TEXT" };

    public void AddTo(Command command)
    {
        command.Options.Add(OverrideFreeze);
        command.Options.Add(Reason);
    }

    /// <summary>
    /// The reason when the freeze is overridden, null when it is not; one without the other is refused, unless
    /// <paramref name="reasonUsedElsewhere"/> (release's --ignore-blockers takes the same --reason).
    /// </summary>
    public string? ReasonOf(ParseResult parse, bool reasonUsedElsewhere = false)
    {
        var overriding = parse.GetValue(OverrideFreeze);
        var reason = parse.GetValue(Reason);
        if (overriding && string.IsNullOrWhiteSpace(reason))
        {
            throw Messages.OverrideFreezeWithoutReason();
        }

        if (overriding)
        {
            return reason;
        }

        return reason is not null && !reasonUsedElsewhere ? throw Messages.ReasonWithoutOverrideFreeze() : null;
    }
}
