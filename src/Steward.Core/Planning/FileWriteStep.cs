using Steward.Core.Diff;

namespace Steward.Core.Planning;

/// <summary>A file the plan rewrites (atomically): its text before (null for a new file), after, and the bytes to write.</summary>
public sealed record FileWriteStep(string RelativePath, string? OldText, string NewText, byte[] Bytes) : PlanStep
{
    public override string Kind => "file";

    public string Diff => UnifiedDiff.Create(RelativePath, OldText, NewText);

    public static FileWriteStep From(PlannedFileEdit edit) => new(edit.RelativePath, edit.OldText, edit.NewText, edit.Bytes);
}
