namespace Steward.Tests.Support;

/// <summary>What one run of the tool printed and how it exited.</summary>
public sealed record StewardResult(int ExitCode, string Out, string Error);
