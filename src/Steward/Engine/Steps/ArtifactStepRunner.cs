using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Workspace;

namespace Steward.Engine.Steps;

/// <summary>
/// Artifact steps: each file written atomically (temp file beside it, then a rename). The journal records which of them
/// existed before the run; undo removes only the others, and only while they still hold the bytes the run wrote
/// (their SHA-256), so a file of the user's, or one changed since, is never removed.
/// </summary>
internal sealed class ArtifactStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is ArtifactStep;

    public override void Record(EngineJournal journal, ExecutionPlan plan)
    {
        foreach (var artifact in plan.Steps.OfType<ArtifactStep>())
        {
            if (File.Exists(artifact.FullPath) || Directory.Exists(artifact.FullPath))
            {
                journal.ExistingArtifacts.Add(artifact.FullPath);
            }

            var folder = Path.GetDirectoryName(artifact.FullPath)!;
            var missing = new List<string>();
            for (var up = folder; up is not null && !Directory.Exists(up); up = Path.GetDirectoryName(up))
            {
                missing.Add(up);
            }

            journal.CreatedArtifactFolders.AddRange(missing.Where(m => !journal.CreatedArtifactFolders.Contains(m, StringComparer.Ordinal)));
        }
    }

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var step = (ArtifactStep)steps[index];
        var content = step.Content
            ?? run.Replanned?.Steps.OfType<ArtifactStep>().FirstOrDefault(a => a.FullPath == step.FullPath && a.Sha256 == step.Sha256)?.Content
            ?? throw Messages.ArtifactBuiltDifferently(step.ShownPath, step.Sha256, run.Journal.Verb);
        var folder = Path.GetDirectoryName(step.FullPath)!;
        Directory.CreateDirectory(folder);
        AtomicFileWriter.WriteAll(folder, [new FileEdit(Path.GetFileName(step.FullPath), content)]);
        return new StepsDone(index + 1, "artifact");
    }

    public override void Undo(EngineJournal journal)
    {
        foreach (var step in journal.Steps.Where(s => s.Kind == "artifact" && s.Path is not null))
        {
            var full = step.Path!;
            var folder = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var temp in Directory.EnumerateFiles(folder, $".{Path.GetFileName(full)}.steward-*.tmp"))
            {
                File.Delete(temp);
            }

            if (journal.ExistingArtifacts.Contains(full, StringComparer.Ordinal)
                || new FileInfo(full) is not { Exists: true, LinkTarget: null } file || file.Length != step.Size)
            {
                continue;
            }

            if (ArtifactStep.HashOf(File.ReadAllBytes(full)) == step.Sha256)
            {
                File.Delete(full);
            }
        }

        // Deepest first, and only when empty: a folder the run made and the user has put something in since stays.
        foreach (var folder in journal.CreatedArtifactFolders.OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
