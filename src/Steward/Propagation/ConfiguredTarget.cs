using Microsoft.Extensions.FileSystemGlobbing;
using Steward.Core.Propagation;

namespace Steward.Propagation;

/// <summary>A target from steward.yml, validated: its glob, its locator, and the line it was configured on (for errors).</summary>
internal sealed record ConfiguredTarget(int Index, string Glob, Matcher Matcher, IVersionLocator Locator, int Line)
{
    public string Name => $"propagate.targets[{Index}]";
}
