namespace Steward.Core.Configuration;

/// <summary>How commit messages are read and what they bump, owned by history (next, log, lint).</summary>
public sealed class CommitsConfig
{
}
