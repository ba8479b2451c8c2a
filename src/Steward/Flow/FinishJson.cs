using Steward.Cli;
using Steward.Core.Planning;
using Steward.Engine;

namespace Steward.Flow;

/// <summary>
/// What <c>steward flow ... finish --json</c> prints: the branch finished and, for a release or hotfix, the version
/// released (and the one its VERSION had, when the finish raised it), the tag and the notes; the plan's <c>steps</c>
/// as the engine runs them (git steps with their <c>argv</c>), and whether they were pushed.
/// </summary>
internal static class FinishJson
{
    public static void WriteRelease(TextWriter output, string command, string branch, string version, string branchVersion, string tag, bool dryRun, bool pushed,
        string notes, ExecutionPlan plan) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("command", command);
        w.WriteString("branch", branch);
        w.WriteString("version", version);
        w.WriteString("branchVersion", branchVersion);
        w.WriteString("tag", tag);
        w.WriteBoolean("dryRun", dryRun);
        w.WriteBoolean("pushed", pushed);
        w.WriteString("notes", notes);
        PlanJson.WriteSteps(w, plan);
        w.WriteEndObject();
    });

    public static void WriteFeature(TextWriter output, string command, string branch, string develop, bool pushed, ExecutionPlan plan) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("command", command);
        w.WriteString("branch", branch);
        w.WriteString("develop", develop);
        w.WriteBoolean("pushed", pushed);
        PlanJson.WriteSteps(w, plan);
        w.WriteEndObject();
    });
}
