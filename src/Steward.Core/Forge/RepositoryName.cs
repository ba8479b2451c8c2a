namespace Steward.Core.Forge;

/// <summary>
/// A forge repository's path: <c>OWNER/NAME</c>, or GitLab's <c>GROUP/SUBGROUP/NAME</c>. Each segment holds letters,
/// digits, <c>-</c>, <c>_</c> and <c>.</c> only, and none is <c>.</c> or <c>..</c>: it becomes part of API URLs.
/// </summary>
public static class RepositoryName
{
    public static bool IsValid(string? path, bool allowSubgroups = true)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var segments = path.Split('/');
        return segments.Length >= 2 && (allowSubgroups || segments.Length == 2)
            && segments.All(s => s.Length > 0 && s is not ("." or "..") && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));
    }
}
