using System.Text;

namespace Steward.Core.Ci;

/// <summary>
/// The GitLab CI pipeline of a repository's process: lint and the freeze check on merge requests; the release (or, in
/// merge-request mode, the release merge request and the release once it is merged) on pushes to the release branches;
/// the propagation on bump branches; with publishing, the artifacts and the GitLab release; with images, Steward's bake
/// file on release tags and its build and push with Docker in Docker.
/// </summary>
internal static class GitLabPipeline
{
    public static string Write(CiProcess process)
    {
        var images = process.ImageRegistries.Count > 0;
        var sb = new StringBuilder();
        sb.Append("# Written by 'steward init --ci gitlab' (docs/ci.md); rerun it with --force after changing release.branches.\n");
        sb.Append("# The release and bump jobs push with STEWARD_PUSH_TOKEN, a project access token (write_repository) kept as a masked CI/CD variable.\n");
        if (process.PullRequests)
        {
            sb.Append("# The release merge request is opened with STEWARD_FORGE_TOKEN, a project access token (api) kept as a masked CI/CD variable.\n");
        }

        sb.Append("stages: [test, release").Append(images ? ", images" : string.Empty).Append("]\n\n");
        sb.Append("variables:\n  GIT_DEPTH: \"0\"\n  STEWARD_VERSION: ").Append(CiText.Quote(process.ToolVersion)).Append('\n');
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

        var pattern = "/^(" + string.Join("|", process.Branches.Select(CiText.BranchRegex)) + ")$/";
        sb.Append("release:\n  stage: release\n  resource_group: steward-release\n  rules:\n");
        sb.Append("    - if: $CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ ").Append(pattern).Append('\n');
        sb.Append("  script:\n");
        PushableCheckout(sb);
        sb.Append("    - ").AppendJoin("; ", CiText.ReleaseLines(process, endOnSuccess: !process.Publish)).Append('\n');
        if (process.Publish)
        {
            // Released (exit 0): the artifacts and the GitLab release, with the job's own token (CI_JOB_TOKEN).
            sb.Append("    - steward artifacts\n    - steward publish\n");
        }

        sb.Append("\nbump:\n  stage: release\n  rules:\n");
        sb.Append("    - if: $CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^").Append(CiText.BranchRegex(CiProcess.BumpBranches)).Append("$/\n");
        sb.Append("  script:\n");
        PushableCheckout(sb);
        sb.Append("    - ").Append(CiText.Propagate).Append('\n');

        var onTag = "    - if: $CI_COMMIT_TAG =~ " + CiText.PrefixRegex(process.TagPrefix) + "\n";
        if (process.Publish)
        {
            sb.Append("\npublish:\n  stage: release\n  rules:\n").Append(onTag);
            sb.Append("  script:\n    - steward artifacts\n    - steward publish --tag \"$CI_COMMIT_TAG\"\n");
        }

        if (images)
        {
            // The release job's tag push (with a project access token) starts a tag pipeline, so images are built there.
            sb.Append("\nimages-plan:\n  stage: release\n  rules:\n").Append(onTag);
            sb.Append("  script:\n    - ").Append(CiText.Images[0]).Append('\n');
            sb.Append("  artifacts:\n    paths: [docker-bake.json]\n");
            sb.Append("\nimages:\n  stage: images\n  needs: [images-plan]\n  rules:\n").Append(onTag);
            sb.Append("  image: docker:27\n  services: [docker:27-dind]\n  variables:\n    DOCKER_TLS_CERTDIR: /certs\n  cache: []\n");
            sb.Append("  before_script:\n");
            foreach (var registry in process.ImageRegistries)
            {
                var own = registry == "registry.gitlab.com";
                sb.Append("    - echo \"").Append(own ? "$CI_REGISTRY_PASSWORD" : "$REGISTRY_PASSWORD").Append("\" | docker login -u \"")
                    .Append(own ? "$CI_REGISTRY_USER" : "$REGISTRY_USERNAME").Append("\" --password-stdin ").Append(registry).Append('\n');
            }

            sb.Append("  script:\n    - docker buildx create --use\n    - ").Append(CiText.Images[1]).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The job's detached checkout made a branch that can be pushed back with STEWARD_PUSH_TOKEN.</summary>
    private static void PushableCheckout(StringBuilder sb)
    {
        sb.Append("    - git config user.name \"steward\"\n    - git config user.email \"steward@noreply.invalid\"\n");
        sb.Append("    - git checkout -B \"$CI_COMMIT_BRANCH\" \"$CI_COMMIT_SHA\"\n");
        sb.Append("    - git remote set-url origin \"https://oauth2:${STEWARD_PUSH_TOKEN}@${CI_SERVER_HOST}/${CI_PROJECT_PATH}.git\"\n");
        sb.Append("    - git branch --set-upstream-to=\"origin/$CI_COMMIT_BRANCH\"\n");
    }
}
