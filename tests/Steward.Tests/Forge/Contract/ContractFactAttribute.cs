using Xunit;

namespace Steward.Tests.Forge.Contract;

/// <summary>A fact that needs the npm contract tools; skipped, saying how to install them, where they are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ContractFactAttribute : FactAttribute
{
    public ContractFactAttribute()
    {
        if (ContractTools.Missing() is { } reason)
        {
            Skip = reason;
        }
    }
}
