namespace Steward.Core.Configuration;

/// <summary>One gate: a named command, run without a shell, that must exit 0 within its timeout.</summary>
public sealed class GateConfig
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The program and its arguments, as an array: never parsed by a shell.</summary>
    public List<string> Command { get; set; } = [];

    /// <summary>Where to run it, relative to the repository root.</summary>
    public string WorkingDirectory { get; set; } = ".";

    /// <summary>How long it may run: seconds (<c>600</c>) or with a unit (<c>90s</c>, <c>10m</c>, <c>1h</c>).</summary>
    public string Timeout { get; set; } = "30m";
}
