using Steward.Core.Changelog.Advisory;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Changelog;

public class SecurityAdvisoryTests
{
    [Theory]
    [InlineData("CVE-2026-12345", "CVE-2026-12345")]
    [InlineData("CVE-2026-1234", "CVE-2026-1234")]
    [InlineData("GHSA-jfh8-c2jp-5v3q", "GHSA-jfh8-c2jp-5v3q")]
    [InlineData("GHSA-JFH8-C2JP-5V3Q", "GHSA-jfh8-c2jp-5v3q")]
    public void Cve_and_github_advisory_ids_are_accepted(string text, string id) =>
        SecurityAdvisory.Parse(text).Id.Should().Be(id);

    [Theory]
    [InlineData("CVE-26-1234")]
    [InlineData("CVE-2026-123")]
    [InlineData("cve-2026-12345")]
    [InlineData("GHSA-jfh8-c2jp-5v3")]
    [InlineData("GHSA-abcd-c2jp-5v3q")]
    [InlineData("CVE-2026-12345\nCVE-2026-1")]
    public void Anything_else_is_bad_input(string text)
    {
        var act = () => SecurityAdvisory.Parse(text);

        act.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
    }

    [Fact]
    public void The_note_goes_under_the_releases_heading_once_and_every_other_byte_stays()
    {
        var advisory = SecurityAdvisory.Parse("CVE-2026-12345");
        const string changelog = "# Changelog\r\n\r\n## [1.1.1] - 2026-11-21\r\n\r\n### Bug Fixes\r\n\r\n- escape input\r\n\r\n## 1.1.0\r\n\r\n- parser\r\n";

        var noted = advisory.AddToChangelog(changelog, SemanticVersion.Parse("1.1.1"));

        noted.Should().Be("# Changelog\r\n\r\n## [1.1.1] - 2026-11-21\r\n\r\n> Security release: fixes CVE-2026-12345.\r\n\r\n### Bug Fixes\r\n\r\n- escape input\r\n\r\n## 1.1.0\r\n\r\n- parser\r\n");
        advisory.AddToChangelog(noted, SemanticVersion.Parse("1.1.1")).Should().Be(noted);
        advisory.AddToChangelog(changelog, SemanticVersion.Parse("9.9.9")).Should().Be(changelog, "no entry, no note");
        advisory.AddToNotes("### Bug Fixes\n").Should().Be("> Security release: fixes CVE-2026-12345.\n\n### Bug Fixes\n");
    }
}
