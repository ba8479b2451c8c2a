using Steward.Core.Planning;
using Steward.Workspace;

namespace Steward.Engine.Steps;

/// <summary>
/// File steps: each run of consecutive file steps is written atomically together (temp file beside each, then the
/// renames). Undo puts every file back byte for byte, for a plan on the checked-out branch (a plan across branches has
/// its files discarded against HEAD by <see cref="BranchStepRunner"/>), and removes the temp files a kill left.
/// </summary>
internal sealed class FileStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is FileWriteStep;

    public override void Record(EngineJournal journal, ExecutionPlan plan)
    {
        foreach (var file in plan.Files)
        {
            var full = SafePath.ForWriting(Context.Root, file.RelativePath);
            journal.OriginalFiles[file.RelativePath] = File.Exists(full) ? Convert.ToBase64String(File.ReadAllBytes(full)) : null;
        }
    }

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var files = steps.Skip(index).TakeWhile(s => s is FileWriteStep).Cast<FileWriteStep>().ToList();
        foreach (var file in files)
        {
            // changelog.file may name a folder the branch a plan switched to does not have yet.
            Directory.CreateDirectory(Path.GetDirectoryName(SafePath.ForWriting(Context.Root, file.RelativePath))!);
        }

        AtomicFileWriter.WriteAll(Context.Root, files.Select(f => new FileEdit(f.RelativePath, f.Bytes)).ToList());
        return new StepsDone(index + files.Count, "files");
    }

    public override void Undo(EngineJournal journal)
    {
        if (!journal.AcrossBranches())
        {
            foreach (var (path, original) in journal.OriginalFiles)
            {
                var full = Path.Combine(Context.Root, path);
                if (original is null)
                {
                    File.Delete(full);
                }
                else
                {
                    File.WriteAllBytes(full, Convert.FromBase64String(original));
                }
            }
        }

        RemoveTempFiles(journal);
    }

    /// <summary>The temp files an atomic write killed half-way left beside its targets (.NAME.steward-*.tmp).</summary>
    public void RemoveTempFiles(EngineJournal journal)
    {
        foreach (var path in journal.OriginalFiles.Keys)
        {
            var full = Path.Combine(Context.Root, path);
            var directory = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var temp in Directory.EnumerateFiles(directory, $".{Path.GetFileName(full)}.steward-*.tmp"))
            {
                File.Delete(temp);
            }
        }
    }
}
