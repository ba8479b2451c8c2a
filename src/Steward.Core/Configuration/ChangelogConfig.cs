namespace Steward.Core.Configuration;

/// <summary>How the changelog and release notes are written.</summary>
public sealed class ChangelogConfig
{
}
