using System.Text.Json;
using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary>How one commit appears in JSON, shared by <c>next --json</c> and <c>log --json</c>.</summary>
internal static class CommitJson
{
    public static string Level(BumpLevel level) => BumpLevelWords.Of(level);

    public static string Role(CommitRole role) => role switch
    {
        CommitRole.Other => "other",
        CommitRole.Merge => "merge",
        CommitRole.Autosquash => "autosquash",
        CommitRole.ListedByPullRequest => "listed-by-pull-request",
        CommitRole.Cancelled => "cancelled",
        CommitRole.RevertOfReleased => "revert-of-released",
        _ => "counted",
    };

    /// <summary>sha, type, scope, breaking, subject and bump: what decided a version.</summary>
    public static void WriteSummary(Utf8JsonWriter w, DecidedCommit decided)
    {
        var message = decided.Commit.Message;
        w.WriteStartObject();
        w.WriteString("sha", decided.Commit.Commit.Sha);
        w.WriteString("type", message.Type);
        w.WriteString("scope", message.Scope);
        w.WriteBoolean("breaking", message.IsBreaking);
        w.WriteString("subject", message.Subject);
        w.WriteString("bump", Level(decided.Level));
        w.WriteEndObject();
    }
}
