using Steward.Core.Errors;

namespace Steward.Core.Versioning;

/// <summary>A version string that breaks a rule of its scheme; the message names the input and the rule.</summary>
public sealed class VersionFormatException : StewardException
{
    public VersionFormatException(string input, string rule)
        : base(FailureKind.InvalidInput, Messages.NotAValidVersion(input, rule))
    {
        Input = input;
        Rule = rule;
    }

    public VersionFormatException()
        : this(string.Empty, "empty")
    {
    }

    public VersionFormatException(string message)
        : this(message, "invalid")
    {
    }

    public VersionFormatException(string message, Exception innerException)
        : base(FailureKind.InvalidInput, message, innerException)
    {
        Input = message;
        Rule = message;
    }

    public string Input { get; }

    public string Rule { get; }
}
