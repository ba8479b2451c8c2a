using System.CommandLine;
using Steward.Core.Errors;

namespace Steward.Commands;

/// <summary>--ignore-blockers, which takes the reason of the freeze options' --reason (one reason per run).</summary>
internal sealed class BlockerOverrideOptions
{
    public Option<bool> IgnoreBlockers { get; } = new("--ignore-blockers")
    {
        Description = "Release even with open release blockers (release.blockers, see docs/blockers.md); needs --reason, recorded with your git identity and the blockers in the release commit and tag",
    };

    public void AddTo(Command command) => command.Options.Add(IgnoreBlockers);

    /// <summary>The reason when blockers are ignored, null when they are not; --ignore-blockers without a reason is refused.</summary>
    public string? ReasonOf(ParseResult parse, FreezeOverrideOptions freeze)
    {
        if (!parse.GetValue(IgnoreBlockers))
        {
            return null;
        }

        var reason = parse.GetValue(freeze.Reason);
        return string.IsNullOrWhiteSpace(reason) ? throw Messages.IgnoreBlockersWithoutReason() : reason;
    }

    /// <summary>Whether --ignore-blockers was given (then --reason alone is not a mistake).</summary>
    public bool Given(ParseResult parse) => parse.GetValue(IgnoreBlockers);
}
