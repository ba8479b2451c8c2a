using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// Ends what a verb had git start ahead (the tag list, the walk waiting for its revisions; see
/// <see cref="Repository.Find"/>) once the verb's action is over, however it ended. The run takes or stops them on its
/// way; a failure half-way (a bad option, a malformed steward.yml) leaves them behind, and a walk never fed waits on its
/// input for as long as the process that started it runs: a moment for the command line, the whole run of anything that
/// embeds Steward, such as the tests.
/// </summary>
internal sealed class StartedAhead
{
    private Repository? repository;

    /// <summary>
    /// Opens the project for a verb that reads one component's release range next (<paramref name="readsRange"/>): git
    /// starts that reading while it finds the repository, unless steward.yml at hand names components (a monorepo lists
    /// its tags another way). Whatever is started ahead ends with the action.
    /// </summary>
    public ProjectDirectory Open(CommandContext context, string? directory, bool readsRange = true)
    {
        var readRangeAhead = readsRange && !ConfigLoader.MayNameComponents(ProjectDirectory.StartOf(context, directory));
        var project = ProjectDirectory.Open(context, directory, readRangeAhead);
        repository = project.Repository;
        return project;
    }

    /// <summary><paramref name="action"/>, followed by the end of whatever it left started ahead.</summary>
    public Func<ParseResult, int> Around(Func<ParseResult, int> action) => parse =>
    {
        try
        {
            return action(parse);
        }
        finally
        {
            repository?.Git.DropReadAhead();
            repository = null;
        }
    };
}
