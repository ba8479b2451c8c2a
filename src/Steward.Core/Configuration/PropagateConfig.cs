namespace Steward.Core.Configuration;

/// <summary>Which files carry the version (detected and configured targets), owned by propagate.</summary>
public sealed class PropagateConfig
{
}
