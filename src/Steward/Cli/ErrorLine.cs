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

    /// <summary>A failure as its kind words it: nothing to release is an answer, not an error (exit 3, so CI can skip the rest).</summary>
    public static void Write(TextWriter error, StewardException e)
    {
        if (e.Kind == FailureKind.NothingToRelease)
        {
            error.WriteLine($"steward: {UntrustedText.Terminal(e.Message)}");
        }
        else
        {
            Write(error, e.Message);
        }
    }
}
