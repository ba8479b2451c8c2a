namespace Steward.Forges;

/// <summary>A forge token and the environment variable it came from (messages name the variable, never the value).</summary>
internal sealed record ForgeToken(string Value, string Variable)
{
    public override string ToString() => $"token from {Variable}";
}
