using System.Text.Json;

namespace Steward.Core.Artifacts;

/// <summary>
/// Writes an in-toto Statement v1 whose predicate is SLSA Provenance v1: every artifact with its sha256 as a subject,
/// the tag and commit as the resolved source, the builder and invocation from <see cref="BuildContext"/>. No clock is
/// read, so a rerun on the same machine writes the same bytes.
/// </summary>
public static class ProvenanceWriter
{
    public const string BuildType = "https://github.com/steward-release/steward/artifacts/v1";

    public static byte[] Write(SbomRelease release, BuildContext build, IEnumerable<ArtifactDigest> subjects)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("_type", "https://in-toto.io/Statement/v1");
            json.WriteStartArray("subject");
            foreach (var subject in subjects.OrderBy(s => s.FileName, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", subject.FileName);
                json.WriteStartObject("digest");
                json.WriteString("sha256", subject.Sha256);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("predicateType", "https://slsa.dev/provenance/v1");
            json.WriteStartObject("predicate");
            WriteBuildDefinition(json, release, build);
            WriteRunDetails(json, release, build);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteBuildDefinition(Utf8JsonWriter json, SbomRelease release, BuildContext build)
    {
        json.WriteStartObject("buildDefinition");
        json.WriteString("buildType", BuildType);
        json.WriteStartObject("externalParameters");
        json.WriteString("name", release.Name);
        json.WriteString("tag", release.Tag);
        json.WriteString("version", release.Version);
        json.WriteEndObject();
        if (build.InternalParameters.Count > 0)
        {
            json.WriteStartObject("internalParameters");
            foreach (var (key, value) in build.InternalParameters)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("resolvedDependencies");
        json.WriteStartObject();
        if (build.SourceRepository is not null)
        {
            json.WriteString("uri", $"git+{build.SourceRepository}@refs/tags/{release.Tag}");
        }

        json.WriteStartObject("digest");
        json.WriteString("gitCommit", release.CommitSha);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRunDetails(Utf8JsonWriter json, SbomRelease release, BuildContext build)
    {
        json.WriteStartObject("runDetails");
        json.WriteStartObject("builder");
        json.WriteString("id", build.BuilderId);
        json.WriteStartObject("version");
        json.WriteString("steward", release.ToolVersion);
        json.WriteEndObject();
        json.WriteEndObject();
        if (build.InvocationId is not null)
        {
            json.WriteStartObject("metadata");
            json.WriteString("invocationId", build.InvocationId);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
