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
        var images = process.ImageRegistries.Count > 0 || process.ImageComponents.Count > 0;
        var sb = new StringBuilder();
        sb.Append("# Written by 'steward init --ci gitlab' (docs/ci.md); rerun it with --force after changing release.branches")
            .Append(process.IsMonorepo ? " or components" : string.Empty).Append(".\n");
        sb.Append(process.IsMonorepo ? "# The release job pushes" : "# The release and bump jobs push").Append(" with STEWARD_PUSH_TOKEN, a project access token (write_repository) kept as a masked CI/CD variable.\n");
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
        if (process.Publish && process.IsMonorepo)
        {
            // Released (exit 0): every released component's artifacts (their tags are at HEAD), then one GitLab release
            // per component tag at HEAD, with the job's own token (CI_JOB_TOKEN).
            sb.Append("    - steward artifacts\n");
            sb.Append("    - for tag in $(git tag --points-at HEAD --list ").AppendJoin(" ", process.Components.Select(c => CiText.Quote(CiText.TagGlob(c.TagPrefix))))
                .Append("); do steward publish --tag \"$tag\"; done\n");
        }
        else if (process.Publish)
        {
            // Released (exit 0): the artifacts and the GitLab release, with the job's own token (CI_JOB_TOKEN).
            sb.Append("    - steward artifacts\n    - steward publish\n");
        }

        if (!process.IsMonorepo)
        {
            // A monorepo has no bump branches: a VERSION raised by hand is not its release (Release-As decides).
            sb.Append("\nbump:\n  stage: release\n  rules:\n");
            sb.Append("    - if: $CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^").Append(CiText.BranchRegex(CiProcess.BumpBranches)).Append("$/\n");
            sb.Append("  script:\n");
            PushableCheckout(sb);
            sb.Append("    - ").Append(CiText.Propagate).Append('\n');
        }

        var onTag = "    - if: $CI_COMMIT_TAG =~ " + CiText.PrefixesRegex(process.TriggerPrefixes) + "\n";
        if (process.Publish)
        {
            sb.Append("\npublish:\n  stage: release\n  rules:\n").Append(onTag);
            sb.Append("  script:\n    - steward artifacts\n    - steward publish --tag \"$CI_COMMIT_TAG\"\n");
        }

        if (process.ImageRegistries.Count > 0)
        {
            Images(sb, "images", onTag, process.ImageRegistries, CiText.Images);
        }

        foreach (var component in process.ImageComponents)
        {
            // Each component's images on the tag pipelines of its own release tags.
            Images(sb, "images-" + component.Name, "    - if: $CI_COMMIT_TAG =~ " + CiText.PrefixRegex(component.TagPrefix) + "\n", component.ImageRegistries,
                CiText.ComponentImages(component));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The release job's tag push (with a project access token) starts a tag pipeline, so images are built there: JOB-plan
    /// writes the bake file, JOB builds and pushes it with Docker in Docker.
    /// </summary>
    private static void Images(StringBuilder sb, string job, string onTag, IReadOnlyList<string> registries, string[] lines)
    {
        sb.Append('\n').Append(job).Append("-plan:\n  stage: release\n  rules:\n").Append(onTag);
        sb.Append("  script:\n    - ").Append(lines[0]).Append('\n');
        sb.Append("  artifacts:\n    paths: [docker-bake.json]\n");
        sb.Append('\n').Append(job).Append(":\n  stage: images\n  needs: [").Append(job).Append("-plan]\n  rules:\n").Append(onTag);
        sb.Append("  image: docker:27\n  services: [docker:27-dind]\n  variables:\n    DOCKER_TLS_CERTDIR: /certs\n  cache: []\n");
        sb.Append("  before_script:\n");
        foreach (var registry in registries)
        {
            var own = registry == "registry.gitlab.com";
            sb.Append("    - echo \"").Append(own ? "$CI_REGISTRY_PASSWORD" : "$REGISTRY_PASSWORD").Append("\" | docker login -u \"")
                .Append(own ? "$CI_REGISTRY_USER" : "$REGISTRY_USERNAME").Append("\" --password-stdin ").Append(registry).Append('\n');
        }

        sb.Append("  script:\n    - docker buildx create --use\n    - ").Append(lines[1]).Append('\n');
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
