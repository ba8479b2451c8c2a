using Steward.Cli;

namespace Steward.Releasing;

/// <summary>The --json shape of a release: version, tag, commit, notes, files, pushed, released.</summary>
internal static class ReleaseJson
{
    public static void Write(TextWriter output, ReleaseResult result) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", result.Version.ToString());
        w.WriteString("tag", result.Tag);
        w.WriteString("commit", result.Commit);
        w.WriteString("notes", result.Notes);
        w.WriteStartArray("files");
        foreach (var file in result.Files)
        {
            w.WriteStringValue(file);
        }

        w.WriteEndArray();
        w.WriteBoolean("pushed", result.Pushed);
        w.WriteBoolean("released", result.Released);
        w.WriteEndObject();
    });
}
