using Steward.Cli;
using Steward.Core.Planning;
using Steward.Engine;

namespace Steward.Releasing;

/// <summary>
/// The --json shape of a release: version, tag, commit, notes, files, pushed, released; or, when the release stops
/// before it is made, released false with the exit code and the one-line error, so that stdout is always one document.
/// </summary>
internal static class ReleaseJson
{
    public static void Write(TextWriter output, ReleaseResult result) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", result.Version);
        w.WriteString("tag", result.Tag);
        w.WriteString("commit", result.Commit);
        w.WriteString("notes", result.Notes);
        w.WriteStringArray("files", result.Files);
        w.WriteBoolean("pushed", result.Pushed);
        w.WriteBoolean("released", result.Released);
        w.WriteEndObject();
    });

    /// <summary>
    /// What --dry-run --json prints: the release as it would be (released false, no commit yet), with the plan's
    /// <c>steps</c>, git commands as the argv that will run.
    /// </summary>
    public static void WritePlan(TextWriter output, ReleasePlan plan, ExecutionPlan steps) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", plan.Version.ToString());
        w.WriteString("tag", plan.Tag);
        w.WriteNull("commit");
        w.WriteString("notes", plan.Notes);
        w.WriteStringArray("files", plan.Edits.Where(e => e.Changes).Select(e => e.RelativePath));
        w.WriteBoolean("pushed", false);
        w.WriteBoolean("released", false);
        PlanJson.WriteSteps(w, steps);
        w.WriteEndObject();
    });

    public static void WriteFailure(TextWriter output, int exitCode, string error) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("pushed", false);
        w.WriteBoolean("released", false);
        w.WriteNumber("exitCode", exitCode);
        w.WriteString("error", error);
        w.WriteEndObject();
    });
}
