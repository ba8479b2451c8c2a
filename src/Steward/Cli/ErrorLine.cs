using Steward.Core.Errors;
using Steward.Core.Text;

namespace Steward.Cli;

/// <summary>
/// The one place that writes <c>steward: error: </c>: every error a user sees is one line on standard error, starting
/// so, with control characters in quoted text escaped. The sentence itself comes from <see cref="Messages"/>.
/// </summary>
internal static class ErrorLine
{
    public static void Write(TextWriter error, string message) =>
        error.WriteLine($"steward: error: {UntrustedText.Terminal(message)}");

    /// <summary>A step that went wrong after the operation itself succeeded: the run still exits 0.</summary>
    public static void Warn(TextWriter error, string message) =>
        error.WriteLine($"steward: warning: {UntrustedText.Terminal(message)}");

    /// <summary>
    /// A failure as its kind words it: nothing to release (exit 3) and a freeze (exit 4, its sentence starts with
    /// "frozen:") are answers, not errors, so CI can skip the rest and end neutral.
    /// </summary>
    public static void Write(TextWriter error, StewardException e)
    {
        if (e.Kind is FailureKind.NothingToRelease or FailureKind.Frozen)
        {
            error.WriteLine($"steward: {UntrustedText.Terminal(e.Message)}");
        }
        else
        {
            Write(error, e.Message);
        }
    }
}
