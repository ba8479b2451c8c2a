using Steward.Cli;
using Steward.Core.Commits;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>The JSON of <c>steward next --json</c>: the answer, what it was measured from, and the commits that decided it.</summary>
internal static class NextJson
{
    public static void Write(TextWriter output, HistoryScope scope, BumpDecision decision, NextVersion next, string? channel)
    {
        var range = scope.Range;
        Json.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("version", next.Version?.ToString());
            w.WriteString("tag", next.Version is null ? null : scope.TagPrefix + next.Version);
            if (range.BaseVersion is null)
            {
                w.WriteNull("lastRelease");
            }
            else
            {
                w.WriteStartObject("lastRelease");
                w.WriteString("tag", range.LastRelease?.Name);
                w.WriteString("version", range.BaseVersion.ToString());
                w.WriteString("sha", range.BaseSha);
                w.WriteEndObject();
            }

            w.WriteString("bump", CommitJson.Level(next.Level));
            w.WriteString("source", next.Source switch
            {
                NextVersionSource.FirstRelease => "first-release",
                NextVersionSource.ForcedLevel => "forced-bump",
                NextVersionSource.ForcedVersion => "forced-version",
                _ => "commits",
            });
            w.WriteString("prerelease", channel);
            w.WriteString("reason", next.NothingReason);
            w.WriteNumber("commitCount", range.Commits.Count);
            w.WriteStartArray("commits");
            foreach (var commit in decision.Deciding)
            {
                CommitJson.WriteSummary(w, commit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
