using Steward.Core.Errors;
using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>
/// Where a forge token comes from: the environment only, <c>STEWARD_FORGE_TOKEN</c> first, then the forge's usual
/// variables. Never a file (a committed file is contributors' input), never a command-line option (it would show in
/// process lists and shell history).
/// </summary>
internal static class ForgeTokens
{
    public const string Steward = "STEWARD_FORGE_TOKEN";

    /// <summary>Every variable a token may come from, whatever the forge: the redaction of output covers them all.</summary>
    public static readonly IReadOnlyList<string> AllVariables =
        [Steward, "GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "CI_JOB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN"];

    public static IReadOnlyList<string> VariablesFor(ForgeKind kind) => kind switch
    {
        ForgeKind.GitHub => [Steward, "GITHUB_TOKEN", "GH_TOKEN"],
        ForgeKind.GitLab => [Steward, "GITLAB_TOKEN", "CI_JOB_TOKEN"],
        _ => [Steward, "GITEA_TOKEN", "FORGEJO_TOKEN"],
    };

    public static ForgeToken Resolve(ForgeKind kind, Func<string, string?> environment)
    {
        var variables = VariablesFor(kind);
        foreach (var variable in variables)
        {
            var value = environment(variable)?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                return new ForgeToken(value, variable);
            }
        }

        throw Messages.ForgeTokenMissing(variables);
    }
}
