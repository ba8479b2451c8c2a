using Steward.Cli;
using Steward.Core.Commits;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>
/// <c>steward next</c> in a monorepo: one line per component that would release (<c>NAME VERSION</c>), or with --json
/// a list of <c>{component, version, previous, tag, bump, commits}</c>; with --explain, under each line what decided it.
/// </summary>
internal static class MonorepoNextOutput
{
    public static void WriteText(TextWriter output, IEnumerable<ComponentRelease> releases, bool explain)
    {
        foreach (var release in releases)
        {
            if (release.Releases)
            {
                output.WriteLine($"{release.Component.Name} {release.Version}");
            }
            else if (explain)
            {
                output.WriteLine($"{release.Component.Name} (no release)");
            }

            if (explain)
            {
                foreach (var why in release.Why)
                {
                    output.WriteLine($"  {why}");
                }
            }
        }
    }

    public static void WriteJson(TextWriter output, IEnumerable<ComponentRelease> releases) => Json.Write(output, w =>
    {
        w.WriteStartArray();
        foreach (var release in releases.Where(r => r.Releases))
        {
            w.WriteStartObject();
            w.WriteString("component", release.Component.Name);
            w.WriteString("version", release.Version!.ToString());
            w.WriteString("previous", release.Previous?.ToString());
            w.WriteString("tag", release.Component.TagOf(release.Version));
            w.WriteString("bump", CommitJson.Level(release.Level));
            w.WriteStartArray("why");
            foreach (var why in release.Why)
            {
                w.WriteStringValue(why);
            }

            w.WriteEndArray();
            w.WriteStartArray("commits");
            foreach (var commit in release.Deciding)
            {
                CommitJson.WriteSummary(w, commit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
