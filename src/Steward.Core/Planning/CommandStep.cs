using Steward.Core.Configuration;

namespace Steward.Core.Planning;

/// <summary>An external command (a gate or a hook), run as an argument array, never through a shell.</summary>
public sealed record CommandStep(CommandStepPhase Phase, GateConfig Command) : PlanStep
{
    public override string Kind => "command";
}
