using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges;

namespace Steward.UseCases;

/// <summary>Words a failed forge call with the message catalogue: what the forge said, about which call, and what to do.</summary>
internal static class ForgeFailures
{
    /// <param name="rerun">The command that finishes the job, for the failures a rerun fixes.</param>
    public static StewardException Word(ForgeHttpException e, string forge, ForgeLocation location, ForgeToken token, int timeoutSeconds, string rerun = "steward publish") => e.Failure switch
    {
        ForgeFailure.Timeout => Messages.ForgeTimedOut(forge, e.Call, timeoutSeconds, e.Attempts, rerun),
        ForgeFailure.Network => Messages.ForgeUnreachable(forge, e.Call, e.Reason, rerun),
        ForgeFailure.RateLimited => Messages.ForgeRateLimited(forge, e.Call, e.RetryAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "later", rerun),
        _ => e.Status switch
        {
            401 => Messages.ForgeUnauthorized(forge, location.Api.GetLeftPart(UriPartial.Path), token.Variable),
            403 => Messages.ForgeForbidden(forge, e.Call, token.Variable, e.Reason),
            404 => Messages.ForgeNotFound(forge, e.Call, location.Repository),
            >= 500 => Messages.ForgeUnavailable(forge, e.Call, e.Status, e.Attempts, rerun),
            _ => Messages.ForgeRejected(forge, e.Call, e.Status, e.Reason, rerun),
        },
    };
}
