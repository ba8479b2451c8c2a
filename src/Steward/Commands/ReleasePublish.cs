using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward release --publish</c>: once the release is tagged and pushed, its publication on the forge, as
/// <c>steward publish</c> makes it. The release stands whatever happens here: a failure is exit 1 with its cause and
/// the command that finishes the job (<c>steward publish --tag vX.Y.Z</c>, which reconciles).
/// </summary>
internal static class ReleasePublish
{
    /// <summary>
    /// What would make the publish fail whatever the forge says, asked before the release so it is refused while
    /// nothing is pushed: a forge: configuration that does not resolve, a draft asked of a forge that keeps none.
    /// </summary>
    public static void CheckBeforeRelease(CommandContext context, string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        if (project.Repository is { } repository)
        {
            var config = ConfigLoader.Load(project.Root);
            PublishRun.RefuseDraftWithout(PublishRun.Locate(repository, config), false, config);
        }
    }

    public static int AfterRelease(CommandContext context, string? directory, bool dryRun, bool json, bool verbose)
    {
        // With --json stdout holds the release's document; the publish reports on stderr.
        var progress = json ? context.Error : context.Out;
        if (dryRun)
        {
            progress.WriteLine("then: publish the release on the forge (steward publish)");
            return ExitCodes.Success;
        }

        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? throw Messages.NotInRepository(project.Root);
        var config = ConfigLoader.Load(project.Root);
        var tag = PublishRun.TagAtHead(repository, config);
        try
        {
            var result = PublishRun.Execute(context, repository, config, new PublishOptions(tag, false, null, false, verbose), line => progress.WriteLine($"  {line}"));
            PublishCommand.Report(context with { Out = progress }, result, json: false);
            return ExitCodes.Success;
        }
        catch (StewardException e)
        {
            throw Messages.ReleasedButNotPublished(tag, e.Message);
        }
    }
}
