using System.Globalization;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Forges;
using Steward.Forges.GitLab;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// How the checks that only read the forge (release blockers, required checks, pull request descriptions) reach it:
/// where, with which token, and how long a call may take. Each check decides for itself what a forge it cannot ask
/// means (a warning, a skip, or a refusal), from the one reason given here.
/// </summary>
internal static class ForgeReadAccess
{
    /// <summary>
    /// Where to ask and with which token; null when the forge cannot be asked, with <paramref name="why"/> saying why
    /// (no forge known for the remote, no token, or a GitLab CI job token, which publishes releases but may not read
    /// <paramref name="unreadable"/>).
    /// </summary>
    public static (ForgeLocation Location, ForgeToken Token)? Locate(CommandContext context, Repository repository, StewardConfig config, string unreadable, out string why)
    {
        try
        {
            var location = PublishRun.Locate(repository, config);
            var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
            if (location.Kind != ForgeKind.GitLab || !GitLabClient.IsJobToken(token))
            {
                why = string.Empty;
                return (location, token);
            }

            why = Messages.GitLabJobTokenCannotRead(unreadable);
        }
        catch (StewardException e) when (e.Kind == FailureKind.InvalidInput)
        {
            why = e.Message;
        }

        return null;
    }

    /// <summary>Seconds a forge call may take: STEWARD_FORGE_TIMEOUT when it is a positive number, else the default.</summary>
    public static int TimeoutSeconds(CommandContext context) =>
        int.TryParse(context.GetEnvironment("STEWARD_FORGE_TIMEOUT"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
            ? s
            : PublishRun.DefaultTimeoutSeconds;

    /// <summary>The HTTP settings of a read: the run's clock and the call timeout.</summary>
    public static ForgeHttpSettings Settings(CommandContext context) =>
        new() { Clock = context.Clock, CallTimeout = TimeSpan.FromSeconds(TimeoutSeconds(context)) };
}
