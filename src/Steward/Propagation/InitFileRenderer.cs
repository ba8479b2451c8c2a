using System.Text;
using Steward.Core.Configuration;
using Steward.Core.Propagation;

namespace Steward.Propagation;

/// <summary>The commented steward.yml that <c>steward init</c> writes: every key at its default, and the detected targets listed.</summary>
internal static class InitFileRenderer
{
    public static string Render(IReadOnlyList<ScannedFile> detected, IReadOnlyList<(string Name, string Path)>? components = null)
    {
        var sb = new StringBuilder();
        sb.Append("# steward.yml: configuration of Steward, the release tool. Every key is optional; see docs/configuration.md.\n");
        sb.Append("# Its JSON Schema, for editors and CI, is docs/steward.schema.json in Steward's repository.\n\n");
        sb.Append("# Prefix of release tags: v gives v1.2.3.\n");
        sb.Append("tagPrefix: v\n\n");
        sb.Append("propagate:\n");
        sb.Append("  # Files Steward found that carry the version ('steward propagate' writes them, 'steward check' verifies them):\n");
        if (detected.Count == 0)
        {
            sb.Append("  #   (none)\n");
        }

        foreach (var file in detected)
        {
            foreach (var slot in file.Slots)
            {
                sb.Append("  #   ").Append(file.Path).Append(':').Append(slot.Line).Append("  ").Append(slot.Label)
                    .Append(" = ").Append(slot.Found).Append(" (").Append(slot.Form.ToString().ToLowerInvariant()).Append(")\n");
            }
        }

        sb.Append("  detect: true\n\n");
        sb.Append("  # Globs of detected files to leave alone, e.g. - tests/fixtures/**\n");
        sb.Append("  exclude: []\n\n");
        sb.Append("  # Files Steward does not detect: a glob of tracked files with a regex whose group 'version' is replaced,\n");
        sb.Append("  # or a dotted key path into a JSON, YAML, TOML or XML file; scheme is semver, pep440, docker or tag.\n");
        sb.Append("  #   - path: deploy/values.yaml\n");
        sb.Append("  #     key: image.tag\n");
        sb.Append("  #     scheme: docker\n");
        sb.Append("  #   - path: README.md\n");
        sb.Append("  #     pattern: 'steward@(?<version>[0-9][^ ]*)'\n");
        sb.Append("  targets: []\n");
        AppendCommentedDefaults(sb, components);
        return sb.ToString();
    }

    /// <summary>
    /// The other sections, every key at its default and commented out: '#key: value' (nested: '#  key: value') is a
    /// setting (remove the '#' to change it), '# text' explains. Values come from the defaults
    /// themselves where they are plain, so the file cannot drift from what Steward does without it.
    /// </summary>
    private static void AppendCommentedDefaults(StringBuilder sb, IReadOnlyList<(string Name, string Path)>? components)
    {
        var lint = new CommitLintConfig();
        var changelog = new ChangelogConfig();
        var release = new ReleaseConfig();
        var signer = new SignerConfig();
        var flow = new FlowConfig();
        sb.Append("\n# The sections below are at their defaults, commented out: remove the '#' of a line to change it.\n");
        sb.Append("\n# How commits decide the next version (docs/next.md) and what 'steward lint' accepts (docs/lint.md).\n");
        sb.Append("#commits:\n");
        sb.Append("#  types: {}                      # type: major|minor|patch|none, over feat: minor, fix: patch, perf: patch\n");
        sb.Append("#  bumpMinorPreMajor: false       # in 0.x, a breaking change gives a minor bump\n");
        sb.Append("#  bumpPatchForMinorPreMajor: false\n");
        sb.Append("#  includeMerges: false\n");
        sb.Append("#  merges: ~                      # ~: branch-commits; pr-title or both read pull request merges (docs/changelog.md)\n");
        sb.Append("#  lint:\n");
        sb.Append("#    types: []                    # empty: build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test and commits.types\n");
        sb.Append("#    scopes: []                   # empty: any scope\n");
        sb.Append("#    requireScope: false\n");
        sb.Append("#    maxHeaderLength: ").Append(lint.MaxHeaderLength).Append('\n');
        sb.Append("\n# CHANGELOG.md and release notes (docs/changelog.md, docs/notes.md).\n");
        sb.Append("#changelog:\n");
        sb.Append("#  file: ").Append(changelog.File).Append('\n');
        sb.Append("#  template: ").Append(changelog.Template).Append('\n');
        sb.Append("#  notesTemplate: ").Append(changelog.NotesTemplate).Append('\n');
        sb.Append("#  titles: {}                     # section key: title\n");
        sb.Append("#  order: []                      # []: ").AppendJoin(", ", Core.Changelog.SectionKeys.DefaultOrder).Append('\n');
        sb.Append("#  types: {}                      # commit type: section key\n");
        sb.Append("#  hiddenTypes: ~                 # ~: ").AppendJoin(", ", Core.Changelog.SectionKeys.DefaultHiddenTypes).Append('\n');
        sb.Append("#  showScope: ").Append(changelog.ShowScope ? "true" : "false").Append('\n');
        sb.Append("#  exclude: []                    # regular expressions of subjects to leave out\n");
        sb.Append("#  skipCommits: []                # shas to leave out\n");
        sb.Append("#  links:\n");
        sb.Append("#    host: ~                      # github, gitlab, bitbucket, gitea, azure or none; ~ detects it from the remote\n");
        sb.Append("#    baseUrl: ~                   # ~ takes it from the remote's URL\n");
        sb.Append("#    remote: ").Append(changelog.Links.Remote).Append('\n');
        sb.Append("\n# steward release (docs/release.md).\n");
        sb.Append("#release:\n");
        sb.Append("#  branches: [").AppendJoin(", ", release.Branches).Append("]\n");
        sb.Append("#  commitMessage: '").Append(release.CommitMessage).Append("'\n");
        sb.Append("#  tagMessage: ~                  # ~: the release notes; e.g. 'Release {{tag}}'\n");
        sb.Append("#  sign: false\n");
        sb.Append("#  push: false\n");
        sb.Append("#  tagsPerPush: 0                 # monorepos: the most tags one push carries (0: all in one atomic push)\n");
        sb.Append("#  remote: ").Append(release.Remote).Append('\n');
        sb.Append("#  gates: []                      # - name: tests\n");
        sb.Append("#                                 #   command: [dotnet, test]\n");
        sb.Append("#                                 #   workingDirectory: .\n");
        sb.Append("#                                 #   timeout: 30m\n");
        sb.Append("#  hooks:\n");
        sb.Append("#    beforeCommit: []\n");
        sb.Append("#    afterRelease: []\n");
        sb.Append("#  blockers: ~                    # ~: open issues labelled release-blocker refuse a release (docs/blockers.md)\n");
        sb.Append("#                                 # labels: [release-blocker], required: false\n");
        sb.Append("#  requireChecks: []              # commit statuses and check runs that must pass, or [all]\n");
        sb.Append("#  checksTimeout: ~               # ~: 10m\n");
        sb.Append("#  freeze: []                     # - start: 2026-12-20 (docs/freeze.md)\n");
        sb.Append("#                                 #   end: 2027-01-03\n");
        sb.Append("#                                 #   reason: end-of-year freeze\n");
        sb.Append("\n# steward artifacts and steward images (docs/artifacts.md, docs/images.md).\n");
        sb.Append("#artifacts:\n");
        sb.Append("#  name: ~                        # ~: the repository folder's name\n");
        sb.Append("#  charts: []\n");
        sb.Append("#  signer: ~                      # command: [...], extension: ").Append(signer.Extension).Append(", eachFile: false\n");
        sb.Append("#  images: []\n");
        sb.Append("\n# steward flow, sync, support and rollback (docs/flow.md).\n");
        sb.Append("#flow:\n");
        sb.Append("#  remote: ").Append(flow.Remote).Append('\n');
        sb.Append("#  branches:\n");
        sb.Append("#    main: ").Append(flow.Branches.Main).Append('\n');
        sb.Append("#    develop: ").Append(flow.Branches.Develop).Append('\n');
        sb.Append("#    feature: ").Append(flow.Branches.Feature).Append('\n');
        sb.Append("#    release: ").Append(flow.Branches.Release).Append('\n');
        sb.Append("#    hotfix: ").Append(flow.Branches.Hotfix).Append('\n');
        sb.Append("#  maintenance: [").AppendJoin(", ", flow.Maintenance.Select(m => $"'{m}'")).Append("]\n");
        sb.Append("#  patchOnly: []\n");
        sb.Append("#  sync: []                       # - branch: develop\n");
        sb.Append("#                                 #   from: main\n");
        sb.Append("#                                 #   gates: []  # run on the merged tree before it moves\n");
        sb.Append("#  support:\n");
        sb.Append("#    fullMajors: ").Append(flow.Support.FullMajors).Append('\n');
        sb.Append("#    securityMajors: ").Append(flow.Support.SecurityMajors).Append('\n');
        sb.Append("#    securityMonths: ").Append(flow.Support.SecurityMonths).Append('\n');
        sb.Append("#  artifacts:\n");
        foreach (var (label, form) in flow.Artifacts)
        {
            sb.Append("#    ").Append(label).Append(": ").Append(form).Append('\n');
        }

        sb.Append("\n# steward announce and release --announce (docs/announce.md); secrets come from the environment only.\n");
        sb.Append("#announce: []                     # - name: chat\n");
        sb.Append("#                                 #   kind: slack\n");
        sb.Append("#                                 #   urlEnv: SLACK_WEBHOOK_URL\n");
        sb.Append("#                                 #   when: stable\n");
        sb.Append("\n# A monorepo: components with their own VERSION, tags and changelog, and groups released together (docs/monorepo.md).\n");
        if (components is { Count: > 0 })
        {
            // Written commented out: components give each its own tag prefix (NAME-v), so the repository's v* tags
            // would stop being its releases; turning that on is the maintainer's decision.
            sb.Append("# steward init found ").Append(components.Count).Append(" folders that look like components; uncomment to release them separately:\n");
            sb.Append("#components:\n");
            foreach (var (name, path) in components)
            {
                sb.Append("#  - name: ").Append(name).Append('\n');
                sb.Append("#    path: ").Append(path).Append('\n');
            }
        }
        else
        {
            sb.Append("#components: []                  # - name: api\n");
            sb.Append("#                                 #   path: services/api\n");
        }

        sb.Append("#groups: []                      # - name: platform\n");
        sb.Append("#                                 #   mode: fixed\n");
        sb.Append("#                                 #   components: [api, chart]\n");
        sb.Append("\n# steward publish and release --publish (docs/publish.md): every forge key defaults from the release remote's URL;\n");
        sb.Append("# the token comes from the environment only (STEWARD_FORGE_TOKEN, GITHUB_TOKEN, ...).\n");
        sb.Append("#forge:\n");
        sb.Append("#  type:                          # github | gitlab | gitea; default: from the remote's host\n");
        sb.Append("#  api:                           # default: the public API, or derived for a self-hosted host\n");
        sb.Append("#  repository:                    # OWNER/NAME; default: from the remote's URL\n");
        sb.Append("#publish:\n");
        sb.Append("#  draft: false\n");
        sb.Append("#  assets: [dist/*]\n");
        sb.Append("\n# steward pr (docs/pr.md): the release pull request; found by its branch and marker, never by its labels.\n");
        sb.Append("#pr:\n");
        sb.Append("#  branch: steward/release/{branch}\n");
        sb.Append("#  title: \"chore({branch}): release {version}\"\n");
        sb.Append("#  labels:\n");
        sb.Append("#    pending: \"release: pending\"\n");
        sb.Append("#    tagged: \"release: tagged\"\n");
        sb.Append("#  dispatch:                      # a workflow started with workflow_dispatch after each update (GitHub only: GITHUB_TOKEN starts no CI)\n");
        sb.Append("#  split:                         # monorepo: none (the default: one pull request) | component (one per group or component)\n");
        sb.Append("\n# Where pull request descriptions are read for the notes (docs/pr.md): commits, or api (the forge's API too; needs a token).\n");
        sb.Append("#notes:\n");
        sb.Append("#  prNotes:                       # commits (the default) | api\n");
    }
}
