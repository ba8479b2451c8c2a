using System.Text.Json;
using Steward.Core.Artifacts;
using Steward.Core.Artifacts.LockFiles;

namespace Steward.Core.Tests.Artifacts;

public sealed class CycloneDxWriterTests
{
    private static readonly SbomRelease Release = new("acme", "1.2.0", "v1.2.0", "0123456789abcdef0123456789abcdef01234567", new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), "0.1.0");

    [Fact]
    public void A_package_pinned_by_two_lock_files_is_one_component_with_both_locations()
    {
        LockedPackage[] packages =
        [
            new("b", "1.0.0", "pkg:npm/b@1.0.0", "web/package-lock.json"),
            new("a", "2.0.0", "pkg:npm/a@2.0.0", "web/package-lock.json"),
            new("b", "1.0.0", "pkg:npm/b@1.0.0", "admin/package-lock.json"),
        ];

        using var sbom = JsonDocument.Parse(CycloneDxWriter.Write(Release, packages));

        var components = sbom.RootElement.GetProperty("components").EnumerateArray().ToList();
        components.Select(c => c.GetProperty("bom-ref").GetString()).Should().Equal("pkg:npm/a@2.0.0", "pkg:npm/b@1.0.0");
        components[1].GetProperty("evidence").GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("location").GetString())
            .Should().Equal("admin/package-lock.json", "web/package-lock.json");
    }

    [Fact]
    public void Time_and_serial_number_derive_from_the_release_alone()
    {
        var first = CycloneDxWriter.Write(Release, []);
        var second = CycloneDxWriter.Write(Release, []);
        using var sbom = JsonDocument.Parse(first);

        second.Should().Equal(first);
        sbom.RootElement.GetProperty("metadata").GetProperty("timestamp").GetString().Should().Be("2024-05-06T05:08:09Z");
        sbom.RootElement.GetProperty("serialNumber").GetString().Should().MatchRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        JsonDocument.Parse(CycloneDxWriter.Write(Release with { CommitSha = "ff" }, [])).RootElement.GetProperty("serialNumber").GetString()
            .Should().NotBe(sbom.RootElement.GetProperty("serialNumber").GetString());
    }
}
