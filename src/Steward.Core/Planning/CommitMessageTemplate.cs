namespace Steward.Core.Planning;

/// <summary>Fills the configured release commit message: <c>{version}</c>, <c>{tag}</c>, <c>{previousVersion}</c>.</summary>
public static class CommitMessageTemplate
{
    public static string Render(string template, string version, string tag, string? previousVersion) =>
        template
            .Replace("{version}", version, StringComparison.Ordinal)
            .Replace("{tag}", tag, StringComparison.Ordinal)
            .Replace("{previousVersion}", previousVersion ?? string.Empty, StringComparison.Ordinal);
}
