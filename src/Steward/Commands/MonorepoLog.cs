using Steward.Cli;
using Steward.Core.Commits;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward log</c> in a monorepo: for each component, the commits since its last release that touch its files, as
/// Steward reads them; then the commits that touch no component's files (they release nothing), said as such.
/// </summary>
internal static class MonorepoLog
{
    public static void Write(TextWriter output, MonorepoHistory monorepo, IReadOnlyList<string> only, bool json)
    {
        var scopes = monorepo.Scopes.Where(s => only.Count == 0 || only.Contains(s.Component.Name)).ToList();
        var decisions = scopes.Select(s => BumpDecider.Decide(s.Range.Commits, new BumpPolicy(s.Config.Commits))).ToList();
        if (json)
        {
            WriteJson(output, monorepo, scopes, decisions, only.Count == 0);
            return;
        }

        for (var i = 0; i < scopes.Count; i++)
        {
            var since = scopes[i].Range.LastRelease?.Name ?? "the first commit";
            var count = decisions[i].Commits.Count;
            output.WriteLine($"{scopes[i].Component.Name}: {count} commit{(count == 1 ? string.Empty : "s")} since {since}; bump: {CommitJson.Level(decisions[i].Level)}");
            if (count > 0)
            {
                LogCommand.Table(decisions[i]).Write(output);
            }

            output.WriteLine();
        }

        if (only.Count > 0)
        {
            return;
        }

        var unowned = monorepo.Unowned;
        output.WriteLine($"no component: {unowned.Count} commit{(unowned.Count == 1 ? string.Empty : "s")} touch{(unowned.Count == 1 ? "es" : string.Empty)} no component's files (they release nothing)");
        if (unowned.Count > 0)
        {
            var table = new TextTable("SHA", "SUBJECT");
            foreach (var commit in unowned)
            {
                table.Add(commit.Commit.ShortSha, commit.Message.Subject);
            }

            table.Write(output);
        }
    }

    private static void WriteJson(TextWriter output, MonorepoHistory monorepo, List<HistoryScope> scopes, List<BumpDecision> decisions, bool withUnowned) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("components");
        for (var i = 0; i < scopes.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("component", scopes[i].Component.Name);
            w.WriteString("since", scopes[i].Range.LastRelease?.Name);
            w.WriteString("bump", CommitJson.Level(decisions[i].Level));
            w.WriteStartArray("commits");
            foreach (var commit in decisions[i].Commits)
            {
                CommitJson.WriteSummary(w, commit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (withUnowned)
        {
            w.WriteStartArray("noComponent");
            foreach (var commit in monorepo.Unowned)
            {
                w.WriteStartObject();
                w.WriteString("sha", commit.Commit.Sha);
                w.WriteString("subject", commit.Message.Subject);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });
}
