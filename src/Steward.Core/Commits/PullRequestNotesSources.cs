using Steward.Core.Errors;

namespace Steward.Core.Commits;

/// <summary>Reads <c>--pr-notes</c> and <c>notes.prNotes</c>.</summary>
public static class PullRequestNotesSources
{
    public const string CommitsName = "commits";
    public const string ApiName = "api";

    /// <summary>
    /// The source <paramref name="option"/> names, else the one <paramref name="configured"/> names, else
    /// <see cref="PullRequestNotesSource.Commits"/>. The option is checked by the command line already.
    /// </summary>
    public static PullRequestNotesSource Resolve(string? option, string? configured)
    {
        if (option is not null)
        {
            return option.Trim() == ApiName ? PullRequestNotesSource.Api : PullRequestNotesSource.Commits;
        }

        return configured?.Trim() switch
        {
            null or "" or CommitsName => PullRequestNotesSource.Commits,
            ApiName => PullRequestNotesSource.Api,
            _ => throw Messages.PullRequestNotesSourceUnknown(configured),
        };
    }
}
