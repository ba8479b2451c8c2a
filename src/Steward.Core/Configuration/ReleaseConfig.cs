namespace Steward.Core.Configuration;

/// <summary>How steward release runs: gates, branches, commit message, signing, push, hooks.</summary>
public sealed class ReleaseConfig
{
}
