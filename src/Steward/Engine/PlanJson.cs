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
                case ForgeStep forge:
                    WriteForge(w, forge);
                    break;
                case PullRequestStep pull:
                    w.WriteString("forge", pull.Forge.ToString().ToLowerInvariant());
                    w.WriteString("api", pull.Api);
                    w.WriteString("repository", pull.Repository);
                    w.WriteString("action", pull.Operation);
                    w.WriteString("method", pull.Method);
                    w.WriteString("url", pull.Endpoint);
                    w.WriteString("what", pull.Describe());
                    break;
                case ForgeFixStep fix:
                    w.WriteString("forge", fix.Forge.ToString().ToLowerInvariant());
                    w.WriteString("api", fix.Api);
                    w.WriteString("repository", fix.Repository);
                    w.WriteString("action", fix.Operation);
                    if (fix.Action == ForgeFixAction.CreateLabel)
                    {
                        w.WriteString("name", fix.Name);
                    }

                    w.WriteString("method", fix.Method);
                    w.WriteString("url", fix.Endpoint);
                    w.WriteString("what", fix.Describe());
                    break;
                case AnnounceStep announce:
                    w.WriteString("announcer", announce.Announcer);
                    w.WriteString("announcerKind", announce.AnnouncerKind);
                    w.WriteString("tag", announce.Tag);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// A forge step: where, the wanted release (the notes as their SHA-256, each asset's path, size and SHA-256) and, in
    /// a dry run that asked the forge, the actions and write calls its reconciliation would make (<c>null</c>: not asked).
    /// </summary>
    private static void WriteForge(Utf8JsonWriter w, ForgeStep forge)
    {
        var wanted = forge.Wanted;
        w.WriteString("forge", forge.Forge.ToString().ToLowerInvariant());
        w.WriteString("api", forge.Api);
        w.WriteString("repository", forge.Repository);
        w.WriteString("tag", wanted.Tag);
        w.WriteString("notesSha256", forge.NotesSha256);
        w.WriteBoolean("draft", wanted.Draft);
        w.WriteBoolean("prerelease", wanted.Prerelease);
        w.WriteBoolean("latest", wanted.MakeLatest);
        w.WriteStartArray("assets");
        foreach (var asset in wanted.Assets)
        {
            w.WriteStartObject();
            w.WriteString("name", asset.Name);
            w.WriteString("path", asset.Path);
            w.WriteNumber("size", asset.Size);
            w.WriteString("sha256", asset.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (forge.Preview is { } preview)
        {
            WriteArray(w, "actions", preview.Actions);
            WriteArray(w, "calls", preview.Calls);
        }
        else
        {
            w.WriteNull("actions");
            w.WriteNull("calls");
        }
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
