using System.Text.Json;
using Steward.Core.Planning;

namespace Steward.Engine;

/// <summary>
/// A plan as data, for <c>--dry-run --json</c>: <c>steps</c>, each with its <c>kind</c>; a git step's <c>argv</c> is the
/// command line exactly as it runs (and <c>input</c> what git reads on standard input).
/// </summary>
internal static class PlanJson
{
    public static void WriteSteps(Utf8JsonWriter w, ExecutionPlan plan)
    {
        w.WriteStartArray("steps");
        foreach (var step in plan.Steps)
        {
            w.WriteStartObject();
            w.WriteString("kind", step.Kind);
            switch (step)
            {
                case FileWriteStep file:
                    w.WriteString("path", file.RelativePath);
                    w.WriteString("diff", file.Diff);
                    break;
                case GitHookStep hook:
                    w.WriteString("path", hook.ShownPath);
                    w.WriteString("content", hook.Text);
                    break;
                case ArtifactStep artifact:
                    w.WriteString("path", artifact.ShownPath);
                    w.WriteNumber("size", artifact.Size);
                    w.WriteString("sha256", artifact.Sha256);
                    break;
                case GitStep git:
                    w.WriteString("role", git.Role.ToString().ToLowerInvariant());
                    WriteArray(w, "argv", git.Argv);
                    if (git.Input is not null)
                    {
                        w.WriteString("input", git.Input);
                    }

                    break;
                case CommandStep command:
                    w.WriteString("phase", Phase(command.Phase));
                    w.WriteString("name", command.Command.Name);
                    WriteArray(w, "argv", command.Command.Command);
                    w.WriteString("workingDirectory", command.Command.WorkingDirectory);
                    w.WriteString("timeout", command.Command.Timeout);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The phase as steward.yml names it (gates, beforeCommit, afterRelease), for people and for --json.</summary>
    public static string Phase(CommandStepPhase phase) => phase switch
    {
        CommandStepPhase.Gate => "gate",
        CommandStepPhase.BeforeCommit => "before-commit hook",
        _ => "after-release hook",
    };

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
