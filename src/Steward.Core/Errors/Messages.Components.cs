namespace Steward.Core.Errors;

/// <summary>Monorepos: the components and groups of steward.yml, and the verbs working on them.</summary>
public static partial class Messages
{
    private const string MonorepoDocs = "see docs/monorepo.md";

    public static StewardException ComponentNameInvalid(string key, string name) =>
        Invalid($"steward.yml: {key} '{name}' is not a name; use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");

    public static StewardException ComponentNameDuplicate(string key, string name, string firstKey) =>
        Invalid($"steward.yml: {key} '{name}' is already the name of {firstKey}; give each one its own name");

    public static StewardException ComponentWithoutPath(string key, string name) =>
        Invalid($"steward.yml: {key}: component '{name}' has neither path nor paths; name the folder its files are in ({MonorepoDocs})");

    public static StewardException ComponentPathLeavesRepository(string key, string path) =>
        Invalid($"steward.yml: {key} '{path}' leaves the repository; write a path relative to the repository root, without '..'");

    public static StewardException ComponentPathInGitDirectory(string key, string path) =>
        Invalid($"steward.yml: {key} '{path}' is inside .git; a component's files are tracked files");

    public static StewardException ComponentPathMissing(string key, string path) =>
        Invalid($"steward.yml: {key} '{path}' is not a folder of the repository; create it or correct the path");

    public static StewardException ComponentPathsOverlap(string key, string path, string otherKey, string otherPath) =>
        Invalid($"steward.yml: {key} '{path}' overlaps {otherKey} '{otherPath}'; a file belongs to one component's folder (use exclude, or split the folders)");

    public static StewardException ComponentTagPrefixDuplicate(string key, string prefix, string otherKey) =>
        Invalid($"steward.yml: {key} '{prefix}' is also the tag prefix of {otherKey}; each component needs its own (default: NAME-v)");

    public static StewardException ComponentCascadeUnknown(string key, string value) =>
        Invalid($"steward.yml: {key} '{value}' is not a cascade; use patch, minor or none");

    public static StewardException ComponentDependsOnUnknown(string key, string name) =>
        Invalid($"steward.yml: {key} names '{name}', which is no component");

    public static StewardException ComponentDependsOnCycle(string key, IEnumerable<string> cycle) =>
        Invalid($"steward.yml: {key} makes a dependsOn cycle ({string.Join(" -> ", cycle)}); a component cannot depend on itself through others");

    public static StewardException GroupModeUnknown(string key, string mode) =>
        Invalid($"steward.yml: {key} '{mode}' is not a group mode; use fixed (one version for all) or linked (released together)");

    public static StewardException GroupMemberUnknown(string key, string name) =>
        Invalid($"steward.yml: {key} names '{name}', which is no component");

    public static StewardException ComponentInTwoFixedGroups(string name, string firstGroup, string secondGroup) =>
        Invalid($"steward.yml: groups: component '{name}' is in the fixed groups '{firstGroup}' and '{secondGroup}'; a component has one version, so it is in one fixed group at most");

    public static StewardException GroupsWithoutComponents() =>
        Invalid("steward.yml: groups names components, but there is no components key; list the components first");

    public static StewardException UnknownComponentOption(string name, IEnumerable<string> known) =>
        Invalid($"--component '{name}' is no component of steward.yml; use one of {string.Join(", ", known)}");

    public static StewardException ComponentOptionWithoutComponents(string name) =>
        Invalid($"--component '{name}': steward.yml has no components key, so the repository is one component; leave --component out");

    /// <summary>A verb that works on one component was run in a monorepo, whose components it does not take yet.</summary>
    public static StewardException VerbNeedsOneComponent(int count) =>
        Invalid($"steward.yml defines {count} component{(count == 1 ? string.Empty : "s")} and this verb works on one repository-wide component; use next or release, which take every component ({MonorepoDocs})");

    public static StewardException ReleaseAsNotAVersion(string sha, string value) =>
        Invalid($"commit {sha}: Release-As '{value}' is not a version; write Release-As: NAME@X.Y.Z (or X.Y.Z in a one-component repository)");

    public static StewardException ReleaseAsNotHigher(string component, string value, string lastTag) =>
        Invalid($"a commit's Release-As: {component}@{value} is not above its last release {lastTag}; write a higher version");

    public static StewardException NothingToReleaseInComponents(int count) =>
        Nothing($"nothing to release: none of the {count} components has releasable commits since its last release");

    public static StewardException MonorepoOptionUnsupported(string option) =>
        Invalid($"{option} is not taken in a repository of several components yet; name a component's version with a Release-As: NAME@X.Y.Z footer ({MonorepoDocs})");

    /// <summary>The warning of a plan whose one push carries more tags than GitHub sends push events for.</summary>
    public static string ManyTagsInOnePush(int tags, int limit) =>
        $"this push carries {tags} tags: GitHub sends no push event (no workflow 'on: push: tags') when more than {limit} tags are pushed at once; release fewer components per run with --component";

    public static string ComponentTargetsDisagree(int drifted, IEnumerable<string> components) =>
        $"{drifted} {(drifted == 1 ? "target disagrees" : "targets disagree")} with their component's VERSION ({string.Join(", ", components)}); run 'steward propagate --component NAME' to write it";

    public static StewardException MonorepoPropagateWritesOnly(string option) =>
        Invalid($"{option}: in a repository of several components propagate writes each component's files only; commit, tag and push with steward release, which makes one tag per component ({MonorepoDocs})");

    public static StewardException TagBatchPushFailed(string? remote, IEnumerable<string> tags, string why) =>
        Failed($"the push of {string.Join(", ", tags)} to '{remote}' failed ({why})");

    public static StewardException MonorepoOptionNeedsOneComponent(string option) =>
        Invalid($"{option} is about one component's release; name it with --component NAME (once)");

    public static StewardException ImagesFileAtMonorepoRoot(string imagesFile) =>
        Invalid($"{imagesFile} at the repository root belongs to no component of steward.yml; move it into the component's folder (its paths relative to that folder) or declare the images under the component's artifacts.images ({MonorepoDocs})");

    public static StewardException NoComponentReleaseAtHead(string verb, IEnumerable<string> tagForms) =>
        Invalid($"HEAD is no component's release: no tag {string.Join(", ", tagForms)} points at it; check out a release commit, or name one with --component NAME --version V ({verb})");

    public static StewardException ComponentDeclaresNoImages(string component, string imagesFile) =>
        Invalid($"component '{component}' declares no images; add {imagesFile} or an artifacts.images list under the component in steward.yml (see docs/images.md)");

    public static string ComponentChangelogsDisagree(int problems, IEnumerable<string> components) =>
        $"{problems} {(problems == 1 ? "changelog entry disagrees" : "changelog entries disagree")} with their component's release tags ({string.Join(", ", components)}); fix the headings, or rebuild the file with 'steward changelog --regenerate --component NAME'";
}
