namespace Steward.Core.Propagation.Dependencies;

/// <summary>One clause of a PEP 508 version specifier: its operator, and where its version is in the requirement.</summary>
public sealed record Pep508Clause(string Operator, int Offset, int Length, string Version);
