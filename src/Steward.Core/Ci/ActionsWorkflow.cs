using System.Text;

namespace Steward.Core.Ci;

/// <summary>
/// The GitHub Actions (and Gitea Actions, which reads the same format) workflow of a repository's process: commit lint
/// and the freeze check on pull requests; the release (or, in pull-request mode, the release pull request and the
/// release once it is merged) on pushes to the release branches; the propagation on bump branches; with publishing, the
/// artifacts and the forge release; with images, their build and push. Each job asks only for the permissions it needs.
/// </summary>
internal static class ActionsWorkflow
{
    public static string Write(CiProcess process, bool gitea)
    {
        var sb = new StringBuilder();
        sb.Append("# Written by 'steward init --ci ").Append(gitea ? "gitea" : "github").Append("' (docs/ci.md); rerun it with --force after changing release.branches")
            .Append(process.IsMonorepo ? " or components" : string.Empty).Append(".\n");
        sb.Append("name: steward\n\n");

        // A monorepo has no bump branches: a VERSION raised by hand is not its release (Release-As decides), and its
        // propagation commits nothing.
        var branches = process.IsMonorepo ? process.Branches : process.Branches.Append(CiProcess.BumpBranches);
        sb.Append("on:\n  push:\n    branches: [").AppendJoin(", ", branches.Select(CiText.Quote)).Append("]\n");
        if (process.OnTags)
        {
            // Tags pushed with the workflow's own token start no workflow, so the release job's own tag is handled in
            // the same run; this trigger is for release tags that people push.
            sb.Append("    tags: [").AppendJoin(", ", process.TriggerPrefixes.Select(p => CiText.Quote(CiText.TagGlob(p)))).Append("]\n");
        }

        sb.Append("  pull_request:\n  workflow_dispatch:\n\n");
        sb.Append("# Nothing by default; each job asks for what it needs.\npermissions: {}\n\n");
        sb.Append("concurrency:\n  group: steward-${{ github.ref }}\n  cancel-in-progress: false\n\n");
        sb.Append("env:\n  STEWARD_VERSION: ").Append(CiText.Quote(process.ToolVersion)).Append("\n\n");
        sb.Append("jobs:\n");
        Lint(sb);
        Release(sb, process, gitea);
        if (!process.IsMonorepo)
        {
            Bump(sb, gitea);
        }

        if (process.Publish)
        {
            Publish(sb, gitea);
        }

        if (process.ImageRegistries.Count > 0)
        {
            Images(sb, gitea, "images", process.ImageRegistries, "needs.release.outputs.released == 'true' || startsWith(github.ref, 'refs/tags/')",
                "${{ needs.release.outputs.tag || github.ref }}", "Build and push the release's images with the tags of docs/images.md", CiText.Images);
        }

        foreach (var (component, job) in ImageJobs(process))
        {
            // After a release that released the component (the release job's components output lists it), or on a tag
            // of the component a person pushed.
            var released = "contains(format(' {0} ', needs.release.outputs.components), " + CiText.ExpressionString(" " + component.Name + " ") + ")";
            var pushed = "startsWith(github.ref, " + CiText.ExpressionString("refs/tags/" + component.TagPrefix) + ")";
            Images(sb, gitea, job, component.ImageRegistries, released + " || " + pushed, "${{ needs.release.outputs.commit || github.ref }}",
                "Build and push " + component.Name + "'s images with the tags of docs/images.md", CiText.ComponentImages(component));
        }

        return sb.ToString();
    }

    private static void Lint(StringBuilder sb)
    {
        sb.Append("  lint:\n    if: github.event_name == 'pull_request'\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n");
        Setup(sb, persistCredentials: false);
        sb.Append("      - name: Commit messages follow Conventional Commits\n");
        sb.Append("        run: steward lint --from \"origin/${{ github.base_ref }}\"\n");
        sb.Append("      - name: Releases are not frozen on the target branch\n");
        sb.Append("        run: steward freeze status --branch \"${{ github.base_ref }}\"\n");
    }

    /// <summary>
    /// A monorepo's image jobs, one per component with images: <c>images-NAME</c> (a dot in the name, which a job id
    /// cannot hold, made <c>_</c>; a clash numbered).
    /// </summary>
    private static List<(CiComponent Component, string Job)> ImageJobs(CiProcess process)
    {
        var jobs = new List<(CiComponent, string)>();
        var used = new HashSet<string>(StringComparer.Ordinal) { "lint", "release", "publish" };
        foreach (var component in process.ImageComponents)
        {
            var job = "images-" + component.Name.Replace('.', '_');
            for (var n = 2; !used.Add(job); n++)
            {
                job = "images-" + component.Name.Replace('.', '_') + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            jobs.Add((component, job));
        }

        return jobs;
    }

    private static void Release(StringBuilder sb, CiProcess process, bool gitea)
    {
        var notTag = process.OnTags ? " && !startsWith(github.ref, 'refs/tags/')" : string.Empty;
        var notBump = process.IsMonorepo ? string.Empty : " && !startsWith(github.ref, 'refs/heads/bump-version/')";
        sb.Append("\n  release:\n    if: github.event_name != 'pull_request'").Append(notTag).Append(notBump).Append('\n');
        sb.Append("    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n");
        if (process.PullRequests)
        {
            sb.Append("      pull-requests: write\n");
            if (process.Dispatch)
            {
                sb.Append("      actions: write\n");
            }
        }

        if (process.ImageRegistries.Count > 0)
        {
            sb.Append("    outputs:\n      released: ${{ steps.release.outputs.released }}\n      tag: ${{ steps.release.outputs.tag }}\n");
        }
        else if (process.ImageComponents.Count > 0)
        {
            // A monorepo release's outputs: the released components' names and the release commit, which carries their tags.
            sb.Append("    outputs:\n      components: ${{ steps.release.outputs.components }}\n      commit: ${{ steps.release.outputs.commit }}\n");
        }

        sb.Append("    steps:\n");
        Setup(sb, persistCredentials: true);
        sb.Append(process.PullRequests
            ? "      - name: Open or update the release pull request; release it once merged (exit 3, nothing to release, and 4, frozen, end the job neutral)\n"
            : process.IsMonorepo
                ? "      - name: Release every component with changes, one tag each (exit 3, nothing to release, and 4, frozen, end the job neutral)\n"
                : "      - name: Release (exit 3, nothing to release, and 4, frozen, end the job neutral)\n");
        sb.Append("        id: release\n        run: |\n");
        Identity(sb, gitea);
        foreach (var line in CiText.ReleaseLines(process, endOnSuccess: true))
        {
            sb.Append("          ").Append(line).Append('\n');
        }

        sb.Append("        env:\n");
        if (process.Announce)
        {
            sb.Append("          # The announcers' variables (steward.yml: announce): map your secrets here, e.g.\n");
            sb.Append("          # SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n");
        }

        sb.Append("          STEWARD_FREEZE: ${{ vars.STEWARD_FREEZE }}\n");
        if (process.PullRequests)
        {
            // The pull request, its labels and the label after the release; a pull request opened with this token
            // starts no CI, which pr.dispatch answers (docs/pr.md).
            sb.Append("          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n");
        }

        if (process.Publish && process.IsMonorepo)
        {
            // Every released component's artifacts (their tags are at HEAD), then one forge release per tag.
            sb.Append("      - name: Artifacts and the ").Append(Forge(gitea)).Append(" release of each released component\n");
            sb.Append("        if: steps.release.outputs.released == 'true'\n");
            sb.Append("        run: |\n          steward artifacts\n          for tag in $RELEASE_TAGS; do steward publish --tag \"$tag\"; done\n");
            sb.Append("        env:\n          RELEASE_TAGS: ${{ steps.release.outputs.tags }}\n          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n");
        }
        else if (process.Publish)
        {
            sb.Append("      - name: Artifacts and the ").Append(Forge(gitea)).Append(" release\n");
            sb.Append("        if: steps.release.outputs.released == 'true'\n");
            sb.Append("        run: |\n          steward artifacts\n          steward publish\n");
            sb.Append("        env:\n          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n");
        }
    }

    private static void Bump(StringBuilder sb, bool gitea)
    {
        sb.Append("\n  bump:\n    if: github.event_name == 'push' && startsWith(github.ref, 'refs/heads/bump-version/')\n");
        sb.Append("    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n");
        Setup(sb, persistCredentials: true);
        sb.Append("      - name: Write VERSION into every file that carries it, commit and push to this branch (nothing when they agree)\n");
        sb.Append("        run: |\n");
        Identity(sb, gitea);
        sb.Append("          ").Append(CiText.Propagate).Append('\n');
    }

    private static void Publish(StringBuilder sb, bool gitea)
    {
        sb.Append("\n  publish:\n    if: startsWith(github.ref, 'refs/tags/')\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n");
        Setup(sb, persistCredentials: false);
        sb.Append("      - name: Artifacts and the ").Append(Forge(gitea)).Append(" release of the pushed tag (reruns complete, never duplicate)\n");
        sb.Append("        run: |\n          steward artifacts\n          steward publish --tag \"$GITHUB_REF_NAME\"\n");
        sb.Append("        env:\n          STEWARD_FORGE_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n");
    }

    /// <param name="when">Its condition besides not cancelled: the release job released, or a release tag was pushed.</param>
    private static void Images(StringBuilder sb, bool gitea, string job, IReadOnlyList<string> registries, string when, string checkoutRef, string title, string[] lines)
    {
        // After the release job (its tag, made in this run) or on a release tag a person pushed (the release job is then
        // skipped, which !cancelled() lets through).
        sb.Append("\n  ").Append(job).Append(":\n    needs: release\n");
        sb.Append("    if: ${{ !cancelled() && (").Append(when).Append(") }}\n");
        sb.Append("    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      packages: write\n    steps:\n");
        Setup(sb, persistCredentials: false, checkoutRef: checkoutRef);
        sb.Append("      - uses: docker/setup-buildx-action@v3\n");
        foreach (var registry in registries)
        {
            var own = !gitea && registry == "ghcr.io";
            sb.Append("      - uses: docker/login-action@v3\n        with:\n          registry: ").Append(registry).Append('\n');
            sb.Append("          username: ").Append(own ? "${{ github.actor }}" : "${{ secrets.REGISTRY_USERNAME }}").Append('\n');
            sb.Append("          password: ").Append(own ? "${{ secrets.GITHUB_TOKEN }}" : "${{ secrets.REGISTRY_PASSWORD }}").Append('\n');
        }

        sb.Append("      - name: ").Append(title).Append("\n        run: |\n");
        foreach (var line in lines)
        {
            sb.Append("          ").Append(line).Append('\n');
        }
    }

    private static void Identity(StringBuilder sb, bool gitea)
    {
        sb.Append("          git config user.name \"").Append(gitea ? "gitea-actions" : "github-actions[bot]").Append("\"\n");
        sb.Append("          git config user.email \"").Append(gitea ? "gitea-actions@noreply.invalid" : "41898282+github-actions[bot]@users.noreply.github.com").Append("\"\n");
    }

    private static string Forge(bool gitea) => gitea ? "Gitea" : "GitHub";

    private static void Setup(StringBuilder sb, bool persistCredentials, string? checkoutRef = null)
    {
        sb.Append("      - uses: actions/checkout@v4\n        with:\n");
        if (checkoutRef is not null)
        {
            sb.Append("          ref: ").Append(checkoutRef).Append('\n');
        }

        sb.Append("          fetch-depth: 0\n");
        sb.Append("          persist-credentials: ").Append(persistCredentials ? "true" : "false").Append('\n');
        sb.Append("      - uses: actions/setup-dotnet@v4\n        with:\n          dotnet-version: '10.0.x'\n");
        sb.Append("      - uses: actions/cache@v4\n        with:\n          path: ~/.dotnet/tools\n          key: steward-${{ runner.os }}-${{ env.STEWARD_VERSION }}\n");
        sb.Append("      - name: Install Steward\n        run: |\n");
        sb.Append("          dotnet tool update --global Steward --version \"$STEWARD_VERSION\"\n");
        sb.Append("          echo \"$HOME/.dotnet/tools\" >> \"$GITHUB_PATH\"\n");
    }
}
