using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Freeze;
using Steward.Git;

namespace Steward.Releasing;

/// <summary>
/// The freeze check of every verb that releases (<c>release</c>, <c>flow release|hotfix finish</c>; <c>publish</c>
/// and <c>pr</c> call it too): the windows of <c>STEWARD_FREEZE</c>, <c>.steward/freeze.yml</c> and
/// <c>release.freeze</c>, at the time the command's clock gives. Called while planning, before anything is written.
/// </summary>
internal static class FreezeGate
{
    /// <summary>What the windows say at <paramref name="at"/> (default: now) for one branch and component.</summary>
    public static FreezeStatus Status(CommandContext context, string root, string? branch, string? component, DateTimeOffset? at = null) =>
        FreezeRules.Evaluate(Windows(context, root), at ?? context.Now(), branch, component);

    /// <summary>
    /// Refuses the verb during a freeze (exit 4, nothing written), unless it is overridden; then returns who overrode
    /// it and why, for the verb to record in its commit and tag messages. Null when nothing is frozen.
    /// </summary>
    public static FreezeOverride? Enforce(CommandContext context, string root, GitRunner git, FreezeRequest request, TextWriter progress)
    {
        var windows = Windows(context, root);
        var at = context.Now();
        var active = request.Branches
            .SelectMany(b => FreezeRules.Evaluate(windows, at, b, request.Component).Active)
            .Distinct()
            .ToList();
        if (active.Count == 0)
        {
            if (request.OverrideReason is not null)
            {
                progress.WriteLine("freeze: nothing is frozen, so --override-freeze changes nothing and is not recorded");
            }

            return null;
        }

        var status = new FreezeStatus(at, null, request.Component, active, []);
        var longest = status.Longest!;
        if (request.OverrideReason is null)
        {
            throw Messages.Frozen(request.What, longest, active.Count - 1);
        }

        var identity = new WorkTreeReader(git).CommitterIdentity() ?? throw Messages.NoIdentityForOverride();
        var made = new FreezeOverride(identity, request.OverrideReason, active);
        progress.WriteLine($"freeze: {longest.Location} ({longest.Reason}) overridden by {made.Identity}: {request.OverrideReason}");
        return made;
    }

    private static List<FreezeWindow> Windows(CommandContext context, string root)
    {
        var windows = new List<FreezeWindow>();
        if (FreezeVariable.Window(context.GetEnvironment(FreezeVariable.Name)) is { } variable)
        {
            windows.Add(variable);
        }

        windows.AddRange(FreezeFileReader.Read(root));
        return windows;
    }
}
