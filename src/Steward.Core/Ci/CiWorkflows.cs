using System.Text;
using Steward.Core.Errors;

namespace Steward.Core.Ci;

/// <summary>
/// The CI files <c>steward init --ci</c> writes for a repository's process: commit lint and the freeze check on pull
/// (merge) requests, and the release (with its push, the sync after it and the announcement) on pushes to the release
/// branches; with publishing, the release's artifacts and its forge release after it, and on pushes of release tags made
/// by people; least privilege, full-depth checkout, Steward installed at this version and cached. Pure text.
/// </summary>
public static class CiWorkflows
{
    public static readonly string[] Forges = ["github", "gitlab", "gitea"];

    /// <summary>The files (path from the repository root, text) for <paramref name="forge"/>.</summary>
    /// <param name="branches">release.branches: the patterns whose pushes release.</param>
    /// <param name="announce">Whether steward.yml lists announcers (the release then announces).</param>
    /// <param name="toolVersion">The Steward version to install (the one writing the files).</param>
    /// <param name="publish">
    /// The tag prefix of the release tags to publish on the forge (steward artifacts, then steward publish) after each
    /// release and on each such tag pushed by a person; null for no publishing.
    /// </param>
    public static IReadOnlyList<(string Path, string Text)> For(string forge, IReadOnlyList<string> branches, bool announce, string toolVersion, string? publish = null)
    {
        ArgumentNullException.ThrowIfNull(branches);
        return forge switch
        {
            "github" => [(".github/workflows/steward.yml", Actions(branches, announce, toolVersion, gitea: false, publish))],
            "gitea" => [(".gitea/workflows/steward.yml", Actions(branches, announce, toolVersion, gitea: true, publish))],
            "gitlab" => [(".gitlab-ci.yml", GitLab(branches, announce, toolVersion, publish))],
            _ => throw Messages.CiForgeUnknown(forge, Forges),
        };
    }

    private static string Release(bool announce) => "steward release --push" + (announce ? " --announce" : string.Empty);

    private static string Actions(IReadOnlyList<string> branches, bool announce, string version, bool gitea, string? publish)
    {
        var sb = new StringBuilder();
        sb.Append("# Written by 'steward init --ci ").Append(gitea ? "gitea" : "github").Append("' (docs/ci.md); rerun it with --force after changing release.branches.\n");
        sb.Append("name: steward\n\n");
        sb.Append("on:\n  push:\n    branches: [").AppendJoin(", ", branches.Select(Quote)).Append("]\n");
        if (publish is not null)
        {
            // Tags pushed with the workflow's own token start no workflow, so the release job publishes its own; this
            // trigger is for release tags that people push.
            sb.Append("    tags: [").Append(Quote(publish + "*")).Append("]\n");
        }

        sb.Append("  pull_request:\n  workflow_dispatch:\n\n");
        sb.Append("# Nothing by default; each job asks for what it needs.\npermissions: {}\n\n");
        sb.Append("concurrency:\n  group: steward-${{ github.ref }}\n  cancel-in-progress: false\n\n");
        sb.Append("env:\n  STEWARD_VERSION: ").Append(Quote(version)).Append("\n\n");
        sb.Append("jobs:\n");
        sb.Append("  lint:\n    if: github.event_name == 'pull_request'\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n");
        Setup(sb, persistCredentials: false);
        sb.Append("      - name: Commit messages follow Conventional Commits\n");
        sb.Append("        run: steward lint --from \"origin/${{ github.base_ref }}\"\n");
        sb.Append("      - name: Releases are not frozen on the target branch\n");
        sb.Append("        run: steward freeze status --branch \"${{ github.base_ref }}\"\n\n");
        var notTag = publish is null ? string.Empty : " && !startsWith(github.ref, 'refs/tags/')";
        sb.Append("  release:\n    if: github.event_name != 'pull_request'").Append(notTag).Append("\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n");
        Setup(sb, persistCredentials: true);
        sb.Append("      - name: Release (exit 3, nothing to release, and 4, frozen, end the job neutral)\n");
        sb.Append("        id: release\n");
        sb.Append("        run: |\n");
        sb.Append("          git config user.name \"").Append(gitea ? "gitea-actions" : "github-actions[bot]").Append("\"\n");
        sb.Append("          git config user.email \"").Append(gitea ? "gitea-actions@noreply.invalid" : "41898282+github-actions[bot]@users.noreply.github.com").Append("\"\n");
        sb.Append("          code=0\n          ").Append(Release(announce)).Append(" || code=$?\n");
        sb.Append("          if [ \"$code\" -eq 3 ] || [ \"$code\" -eq 4 ]; then exit 0; fi\n          exit \"$code\"\n");
        if (announce)
        {
            sb.Append("        env:\n          # The announcers' variables (steward.yml: announce): map your secrets here, e.g.\n");
            sb.Append("          # SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n");
            sb.Append("          STEWARD_FREEZE: ${{ vars.STEWARD_FREEZE }}\n");
        }
        else
        {
            sb.Append("        env:\n          STEWARD_FREEZE: ${{ vars.STEWARD_FREEZE }}\n");
        }

        if (publish is not null)
        {
            sb.Append("      - name: Artifacts and the ").Append(gitea ? "Gitea" : "GitHub").Append(" release\n");
            sb.Append("        if: steps.release.outputs.released == 'true'\n");
            sb.Append("        run: |\n          steward artifacts\n          steward publish\n");
            sb.Append("        env:\n          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n\n");
            sb.Append("  publish:\n    if: startsWith(github.ref, 'refs/tags/')\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n");
            Setup(sb, persistCredentials: false);
            sb.Append("      - name: Artifacts and the ").Append(gitea ? "Gitea" : "GitHub").Append(" release of the pushed tag (reruns complete, never duplicate)\n");
            sb.Append("        run: |\n          steward artifacts\n          steward publish --tag \"$GITHUB_REF_NAME\"\n");
            sb.Append("        env:\n          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n");
        }

        return sb.ToString();
    }

    private static void Setup(StringBuilder sb, bool persistCredentials)
    {
        sb.Append("      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n");
        sb.Append("          persist-credentials: ").Append(persistCredentials ? "true" : "false").Append('\n');
        sb.Append("      - uses: actions/setup-dotnet@v4\n        with:\n          dotnet-version: '10.0.x'\n");
        sb.Append("      - uses: actions/cache@v4\n        with:\n          path: ~/.dotnet/tools\n          key: steward-${{ runner.os }}-${{ env.STEWARD_VERSION }}\n");
        sb.Append("      - name: Install Steward\n        run: |\n");
        sb.Append("          dotnet tool update --global Steward --version \"$STEWARD_VERSION\"\n");
        sb.Append("          echo \"$HOME/.dotnet/tools\" >> \"$GITHUB_PATH\"\n");
    }

    private static string GitLab(IReadOnlyList<string> branches, bool announce, string version, string? publish)
    {
        var pattern = "/^(" + string.Join("|", branches.Select(BranchRegex)) + ")$/";
        var sb = new StringBuilder();
        sb.Append("# Written by 'steward init --ci gitlab' (docs/ci.md); rerun it with --force after changing release.branches.\n");
        sb.Append("# The release job pushes with STEWARD_PUSH_TOKEN, a project access token (write_repository) kept as a masked CI/CD variable.\n");
        sb.Append("stages: [test, release]\n\n");
        sb.Append("variables:\n  GIT_DEPTH: \"0\"\n  STEWARD_VERSION: ").Append(Quote(version)).Append('\n');
        sb.Append("\ndefault:\n  image: mcr.microsoft.com/dotnet/sdk:10.0\n");
        sb.Append("  cache:\n    key: steward-$STEWARD_VERSION\n    paths: [.steward-tool/]\n");
        sb.Append("  before_script:\n");
        sb.Append("    - echo '.steward-tool/' >> .git/info/exclude\n");
        sb.Append("    - dotnet tool update --tool-path .steward-tool Steward --version \"$STEWARD_VERSION\"\n");
        sb.Append("    - export PATH=\"$PWD/.steward-tool:$PATH\"\n\n");
        sb.Append("lint:\n  stage: test\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n  script:\n");
        sb.Append("    - git fetch origin \"$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"\n");
        sb.Append("    - steward lint --from \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"\n");
        sb.Append("    - steward freeze status --branch \"$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"\n\n");
        sb.Append("release:\n  stage: release\n  resource_group: steward-release\n  rules:\n");
        sb.Append("    - if: $CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ ").Append(pattern).Append('\n');
        sb.Append("  script:\n");
        sb.Append("    - git config user.name \"steward\"\n    - git config user.email \"steward@noreply.invalid\"\n");
        sb.Append("    - git checkout -B \"$CI_COMMIT_BRANCH\" \"$CI_COMMIT_SHA\"\n");
        sb.Append("    - git remote set-url origin \"https://oauth2:${STEWARD_PUSH_TOKEN}@${CI_SERVER_HOST}/${CI_PROJECT_PATH}.git\"\n");
        sb.Append("    - git branch --set-upstream-to=\"origin/$CI_COMMIT_BRANCH\"\n");
        if (publish is null)
        {
            sb.Append("    - code=0; ").Append(Release(announce)).Append(" || code=$?; if [ \"$code\" -eq 3 ] || [ \"$code\" -eq 4 ]; then exit 0; fi; exit \"$code\"\n");
            return sb.ToString();
        }

        // Released (exit 0): the artifacts and the GitLab release, with the job's own token (CI_JOB_TOKEN).
        sb.Append("    - code=0; ").Append(Release(announce)).Append(" || code=$?; if [ \"$code\" -eq 3 ] || [ \"$code\" -eq 4 ]; then exit 0; fi; if [ \"$code\" -ne 0 ]; then exit \"$code\"; fi\n");
        sb.Append("    - steward artifacts\n    - steward publish\n\n");
        sb.Append("publish:\n  stage: release\n  rules:\n    - if: $CI_COMMIT_TAG =~ /^").Append(System.Text.RegularExpressions.Regex.Escape(publish).Replace("/", "\\/", StringComparison.Ordinal)).Append("/\n");
        sb.Append("  script:\n    - steward artifacts\n    - steward publish --tag \"$CI_COMMIT_TAG\"\n");
        return sb.ToString();
    }

    /// <summary>A release.branches pattern as a regular expression: <c>*</c> within a segment, <c>**</c> across.</summary>
    private static string BranchRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*')
            {
                var across = i + 1 < pattern.Length && pattern[i + 1] == '*';
                sb.Append(across ? ".*" : "[^\\/]*");
                i += across ? 1 : 0;
            }
            else
            {
                sb.Append(char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '-' or '_' ? pattern[i].ToString() : "\\" + pattern[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>A YAML single-quoted scalar.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
