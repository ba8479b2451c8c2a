namespace Steward.Core.Errors;

/// <summary>Release artifacts: charts, lock files and the JSON files they are read from.</summary>
public static partial class Messages
{
    private const string LockFileAdvice = "; fix or regenerate the lock file and tag the release again";

    public static StewardException LockFileInvalid(string path, int line, string reason) =>
        Invalid($"{path}:{line}: {reason}{LockFileAdvice}");

    /// <summary>A syntax error from a shared parser, with the lock file advice added (once: a reader's own errors have it).</summary>
    public static StewardException WithLockFileAdvice(StewardException inner) =>
        inner.Message.EndsWith(LockFileAdvice, StringComparison.Ordinal) ? inner : new(inner.Kind, inner.Message + LockFileAdvice, inner);

    public static StewardException JsonFileEmpty(string path) =>
        Invalid($"{path}:1: the file is empty; it must hold a JSON document");

    /// <param name="reason">The JSON reader's reason, without its position.</param>
    public static StewardException NotValidJson(string path, long line, string reason, Exception inner) =>
        Invalid($"{path}:{line}: not valid JSON ({reason})", inner);

    public static StewardException ChartWithoutChartYaml(string chartPath) =>
        Invalid($"steward.yml: artifacts.charts: {chartPath} has no Chart.yaml in the release; list chart directories only");

    public static StewardException ChartYamlWithoutVersion(string path) =>
        Invalid($"{path}: has no top-level 'version:' line; add one (any value, Steward sets it)");

    public static StewardException ChartYamlNotValid(string path, long line, string parserReason, Exception inner) =>
        Invalid($"{path}:{line}: {NotValidYaml(parserReason)}", inner);

    public static StewardException ChartWithoutName(string path) =>
        Invalid($"{path}: field 'name' is missing; a chart needs a name");

    public static StewardException ChartNameInvalid(string path, long line, string name) =>
        Invalid($"{path}:{line}: chart name '{name}' may hold only letters, digits, '-', '_' and '.'");

    /// <param name="reason">What the TOML reader found wrong (the lock file advice is added by the caller).</param>
    public static StewardException NotValidTomlLock(string path, int line, string reason) =>
        Invalid($"{path}:{line}: not valid TOML: {reason}");

    /// <param name="reason">What is wrong with the field's value, e.g. "must be an array of strings".</param>
    public static StewardException ImagesFieldInvalid(string fileName, int line, string field, string reason) =>
        Invalid($"{fileName}:{line}: field '{field}' {reason}");

    // Release artifacts: the archive's name, charts, images and the signer.
    public static StewardException ChartsPackageAsSameFile(string fileName) =>
        Invalid($"steward.yml: artifacts.charts: two charts package as {fileName}; list each chart once");

    public static StewardException ArtifactNameInvalid(string? name) =>
        Invalid($"steward.yml: artifacts.name '{name}' may hold only letters, digits, '.', '_' and '-' (it names files)");

    public static StewardException ChartPathOutsideRepository(string path) =>
        Invalid($"steward.yml: artifacts.charts: '{path}' is not a directory of the repository");

    public static StewardException ChartPathNotInTag(string chartPath, string tag) =>
        Invalid($"steward.yml: artifacts.charts: {chartPath} is not a directory in {tag}; list chart directories relative to the repository root");

    public static StewardException LockFileNotUtf8(string path, Exception inner) => Invalid($"{path}: is not UTF-8 text; a lock file must be", inner);

    public static StewardException ImagesDeclaredTwice(string imagesFile) =>
        Invalid($"images are declared twice, in {imagesFile} and in steward.yml artifacts.images; keep one");

    public static StewardException NoImagesDeclared(string imagesFile) =>
        Invalid($"no images declared; add {imagesFile} or an artifacts.images list to steward.yml (see docs/images.md)");

    /// <param name="field">Where the image is declared, e.g. <c>artifacts.images[0]</c>.</param>
    public static StewardException ImageNameMissing(string field) =>
        Invalid($"{field}.name is missing; give the image repository, e.g. ghcr.io/acme/app");

    /// <param name="field">Where the image is declared; a list field's item gets its index, a scalar field does not.</param>
    public static StewardException ImageSpecInvalid(string field, Artifacts.Images.ImageSpecProblem problem) =>
        Invalid($"{field}.{problem.Field}{(problem.Field is "name" or "tagTemplate" ? string.Empty : $"[{problem.Index}]")}: {problem.Reason}");

    public static StewardException SignerCommandEmpty() =>
        Invalid("steward.yml: artifacts.signer.command is empty; give the signing command as a list, e.g. [ssh-keygen, -Y, sign, -f, KEY, -n, file, '{file}']");

    public static StewardException SignerCommandWithoutFile() =>
        Invalid("steward.yml: artifacts.signer.command never names {file}; put '{file}' where the command takes the file to sign");

    public static StewardException SignerExtensionInvalid(string? extension) =>
        Invalid($"steward.yml: artifacts.signer.extension '{extension}' must be a file suffix such as .sig or .asc");

    public static StewardException ArtifactTagNotFound(string tag) =>
        Invalid($"tag {tag} not found; create the release tag first (steward release) or pass the --version of an existing release");

    public static StewardException HeadNotAReleaseTag(string tagPrefix) =>
        Invalid($"HEAD is not a release: no tag {tagPrefix}X.Y.Z points at it; check out a release tag or pass --version V");

    /// <param name="reason">Why the text is not a version (the version parser's own sentence).</param>
    public static StewardException ArtifactVersionNotAVersion(string reason, Exception inner) =>
        Invalid($"--version: {reason}; give the release as X.Y.Z", inner);

    public static StewardException TreeFileNotLoaded(string path, string tag) => Failed($"{path}: not loaded from {tag}");

    public static StewardException SignerNotStarted(string program) => Failed($"could not start the signer {program}");

    /// <param name="reason">The operating system's reason the process did not start.</param>
    public static StewardException SignerCouldNotStart(string program, string reason, Exception inner) =>
        Failed($"signer '{program}' could not be started ({reason}); check artifacts.signer.command in steward.yml", inner);

    /// <param name="reason">The signer's first line on stderr.</param>
    public static StewardException SignerFailed(string program, string artifact, int exitCode, string reason) =>
        Failed($"signer '{program}' failed for {artifact} (exit {exitCode}): {reason}; no artifact was written");

    public static StewardException SignerWroteNoSignature(string program, string signatureFile) =>
        Failed($"signer '{program}' did not write {signatureFile}; pass {{signature}} where the command names its output, or set artifacts.signer.extension to the name it writes");

    /// <param name="shownPath">The artifact as the run names it (dist/NAME-v1.2.0.zip).</param>
    public static StewardException ArtifactBuiltDifferently(string shownPath, string plannedSha256, string verb) =>
        Failed($"{shownPath}: built again it is not the file the interrupted {verb} planned (sha256 {plannedSha256}); "
            + $"run 'steward {verb} --abort', then build again");
}
