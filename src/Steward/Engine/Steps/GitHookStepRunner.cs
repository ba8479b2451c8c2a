using Steward.Core.Errors;
using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>Git hook steps (<c>hooks install</c>): written atomically and made executable; undo puts back the hooks replaced.</summary>
internal sealed class GitHookStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is GitHookStep;

    /// <summary>The git hooks the plan replaces, as they were: what undo puts back.</summary>
    public override void Record(EngineJournal journal, ExecutionPlan plan)
    {
        foreach (var hook in plan.Steps.OfType<GitHookStep>())
        {
            journal.OriginalHookFiles[hook.FullPath] = File.Exists(hook.FullPath) ? Convert.ToBase64String(File.ReadAllBytes(hook.FullPath)) : null;
        }
    }

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        Write((GitHookStep)steps[index]);
        return new StepsDone(index + 1, "git hook");
    }

    public override void Undo(EngineJournal journal)
    {
        foreach (var (path, original) in journal.OriginalHookFiles)
        {
            if (File.Exists(path + ".steward-tmp"))
            {
                File.Delete(path + ".steward-tmp");
            }

            if (original is null)
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            else
            {
                File.WriteAllBytes(path, Convert.FromBase64String(original));
            }
        }
    }

    /// <summary>Writes a git hook atomically (temp file beside it, executable, then a rename that replaces a link, never follows it).</summary>
    private static void Write(GitHookStep hook)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(hook.FullPath)!);
            var temp = hook.FullPath + ".steward-tmp";
            File.WriteAllBytes(temp, hook.Bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            File.Move(temp, hook.FullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Messages.HookWriteFailed(hook.ShownPath, e.Message);
        }
    }
}
