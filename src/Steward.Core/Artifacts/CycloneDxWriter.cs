using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Steward.Core.Artifacts.LockFiles;

namespace Steward.Core.Artifacts;

/// <summary>
/// Writes a CycloneDX 1.6 JSON SBOM: the release as the metadata component, one library component per distinct purl
/// with every lock file that pins it as an evidence occurrence. Everything in it derives from the tag (the timestamp
/// is the commit date, the serial number a hash of name, version and commit), so it is the same on every run.
/// </summary>
public static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";
    private const string ReleaseRef = "release";

    public static byte[] Write(SbomRelease release, IEnumerable<LockedPackage> packages)
    {
        var components = packages
            .GroupBy(p => p.Purl, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", SpecVersion);
            json.WriteString("serialNumber", SerialNumber(release));
            json.WriteNumber("version", 1);
            WriteMetadata(json, release);
            json.WriteStartArray("components");
            foreach (var group in components)
            {
                var first = group.First();
                json.WriteStartObject();
                json.WriteString("type", "library");
                json.WriteString("bom-ref", group.Key);
                if (first.Group is not null)
                {
                    json.WriteString("group", first.Group);
                }

                json.WriteString("name", first.Name);
                json.WriteString("version", first.Version);
                json.WriteString("purl", group.Key);
                json.WriteStartObject("evidence");
                json.WriteStartArray("occurrences");
                foreach (var source in group.Select(p => p.SourceFile).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    json.WriteStartObject();
                    json.WriteString("location", source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("dependencies");
            json.WriteStartObject();
            json.WriteString("ref", ReleaseRef);
            json.WriteStartArray("dependsOn");
            foreach (var group in components)
            {
                json.WriteStringValue(group.Key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteMetadata(Utf8JsonWriter json, SbomRelease release)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", release.CommitDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "steward");
        json.WriteString("version", release.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", ReleaseRef);
        json.WriteString("name", release.Name);
        json.WriteString("version", release.Version);
        json.WriteStartArray("properties");
        WriteProperty(json, "steward:tag", release.Tag);
        WriteProperty(json, "steward:commit", release.CommitSha);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    /// <summary>A name-based (version 5 style) UUID from the release's identity, so the same release gets the same serial.</summary>
    private static string SerialNumber(SbomRelease release)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{release.Name}\n{release.Version}\n{release.CommitSha}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
