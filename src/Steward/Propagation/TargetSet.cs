namespace Steward.Propagation;

/// <summary>Every target file of a project, read and scanned: the files as they are, and their version slots.</summary>
internal sealed record TargetSet(IReadOnlyList<SourceFile> Sources, IReadOnlyList<Core.Propagation.ScannedFile> Files);
