namespace Steward.Core.Artifacts.Images;

/// <summary>What is wrong with an image declaration: the field, the item's index in a list field, and why.</summary>
public readonly record struct ImageSpecProblem(string Field, int Index, string Reason);
