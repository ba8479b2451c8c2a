using Steward.Core.Errors;

namespace Steward.Core.Ci;

/// <summary>
/// The CI files <c>steward init --ci</c> writes for a repository's process (<see cref="CiProcess"/>), one per forge:
/// least privilege, full-depth checkout, Steward installed at this version and cached. Pure text.
/// </summary>
public static class CiWorkflows
{
    public static readonly string[] Forges = ["github", "gitlab", "gitea"];

    /// <summary>The files (path from the repository root, text) for <paramref name="forge"/>.</summary>
    public static IReadOnlyList<(string Path, string Text)> For(string forge, CiProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return forge switch
        {
            "github" => [(".github/workflows/steward.yml", ActionsWorkflow.Write(process, gitea: false))],
            "gitea" => [(".gitea/workflows/steward.yml", ActionsWorkflow.Write(process, gitea: true))],
            "gitlab" => [(".gitlab-ci.yml", GitLabPipeline.Write(process))],
            _ => throw Messages.CiForgeUnknown(forge, Forges),
        };
    }

    /// <summary>
    /// The registry host of an image name, as docker reads it: the first path segment when it has a dot or a port or is
    /// <c>localhost</c>; Docker Hub otherwise.
    /// </summary>
    public static string RegistryOf(string imageName)
    {
        ArgumentNullException.ThrowIfNull(imageName);
        var slash = imageName.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return "docker.io";
        }

        var first = imageName[..slash];
        return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost" ? first : "docker.io";
    }
}
