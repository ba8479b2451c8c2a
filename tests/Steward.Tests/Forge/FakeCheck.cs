namespace Steward.Tests.Forge;

/// <summary>
/// A commit status (<see cref="IsStatus"/>) or check run of the fake GitHub whose state moves on with each read of
/// the commit's checks: <see cref="States"/> are shown one per read, the last one from then on. A status's states are
/// GitHub's (pending, success, failure, error); a check run's are <c>queued</c>, <c>in_progress</c> or
/// <c>completed:CONCLUSION</c>.
/// </summary>
internal sealed class FakeCheck
{
    public required string Sha { get; init; }

    public required string Name { get; init; }

    public bool IsStatus { get; init; }

    public required IReadOnlyList<string> States { get; init; }

    public int Reads { get; set; }

    public string Current => States[Math.Min(Reads, States.Count - 1)];
}
