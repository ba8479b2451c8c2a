using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Changelog;

/// <summary>What the changelog and notes verbs share: the repository, the version asked for, and today's date.</summary>
internal static class ChangelogInputs
{
    public static Repository RequireRepository(ProjectDirectory project) =>
        project.Repository ?? throw Messages.NotInRepositoryForChangelog(project.Root);

    /// <summary>A --version value as SemVer (a leading 'v' and PEP 440 forms accepted); null when not given.</summary>
    public static SemanticVersion? ParseVersion(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return ParsedVersion.Parse(text.Trim()).ToSemVer();
        }
        catch (VersionFormatException e)
        {
            throw Messages.VersionOptionNotAVersion(text, e.Rule, e);
        }
    }

    /// <summary>Today, from the command's clock (Core never reads one).</summary>
    public static DateOnly Today(CommandContext context) => DateOnly.FromDateTime(context.Now().DateTime);
}
