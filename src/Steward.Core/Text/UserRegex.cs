using System.Text.RegularExpressions;
using Steward.Core.Errors;

namespace Steward.Core.Text;

/// <summary>
/// Every regular expression a user (or a contributor, through a committed steward.yml) writes: compiled with a match
/// timeout, and a match that runs past it is one line naming the setting, never a crash. A pattern such as
/// <c>(a+)+b</c> backtracks exponentially on a long run of <c>a</c>, and history or a tracked file supplies the text.
/// </summary>
public static class UserRegex
{
    /// <summary>How long one match may take (documented in docs/security.md).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The pattern compiled with <see cref="MatchTimeout"/>; an invalid pattern throws <see cref="ArgumentException"/>.</summary>
    public static Regex Compile(string pattern, RegexOptions options) => new(pattern, options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>
    /// Runs <paramref name="match"/> (which uses <paramref name="regex"/>); a timeout becomes one line naming
    /// <paramref name="key"/> and the pattern.
    /// </summary>
    public static T Run<T>(string key, Regex regex, Func<T> match)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(match);
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException e)
        {
            throw Messages.RegexTooSlow(key, UntrustedText.Terminal(regex.ToString()), regex.MatchTimeout, e);
        }
    }
}
