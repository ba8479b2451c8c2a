namespace Steward.Tests.Forge;

/// <summary>
/// A fault a fake forge injects into the next <see cref="Times"/> requests matching <see cref="Method"/> and a path
/// containing <see cref="PathContains"/>: an answer of <see cref="Status"/> with <see cref="Headers"/> and
/// <see cref="Body"/>, a pause of <see cref="Delay"/> before answering (a timeout), or, with <see cref="AfterWork"/>, the
/// work done first and the error answered after (a create or upload whose answer is lost).
/// </summary>
internal record FakeForgeFault(string Method, string PathContains, int Status, int Times = 1)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Body { get; init; } = """{"message":"injected"}""";

    public TimeSpan Delay { get; init; }

    public bool AfterWork { get; init; }
}
