namespace Steward.Tests.Forge;

/// <summary>A fault the fake GitHub injects (<see cref="FakeForgeFault"/>), and one of its own: a half-finished upload.</summary>
internal sealed record FakeGitHubFault(string Method, string PathContains, int Status, int Times = 1) : FakeForgeFault(Method, PathContains, Status, Times)
{
    /// <summary>For an upload: leave the asset half-finished (state <c>open</c>, no content) and answer the status.</summary>
    public bool HalfUpload { get; init; }
}
