using Steward.Core.Artifacts.LockFiles;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Artifacts;

public sealed class LockFileReaderTests
{
    [Theory]
    [InlineData("packages.lock.json", "{\n  \"version\": 1\n}", "packages.lock.json:1: field 'dependencies' is missing")]
    [InlineData("packages.lock.json", "{\n  \"dependencies\": {\n    \"net8.0\": {\n      \"A\": { \"type\": \"Direct\" }\n    }\n  }\n}", "packages.lock.json:4: field 'dependencies.net8.0.A.resolved' is missing")]
    [InlineData("packages.lock.json", "{\n  \"dependencies\": {\n    \"net8.0\": {\n      \"A\": { \"resolved\": 1 }\n    }\n  }\n}", "packages.lock.json:4: field 'dependencies.net8.0.A.resolved' must be a non-empty string, not a number")]
    [InlineData("packages.lock.json", "{ \"dependencies\": [ }", "packages.lock.json:1: not valid JSON")]
    [InlineData("package-lock.json", "{\n  \"lockfileVersion\": 1,\n  \"dependencies\": {}\n}", "package-lock.json:2: lockfileVersion 1 is not supported (2 and 3 are; run 'npm install' with npm 7 or later to upgrade it)")]
    [InlineData("package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/a\": {\n      \"resolved\": \"x\"\n    }\n  }\n}", "package-lock.json:4: field 'packages.\"node_modules/a\".version' is missing")]
    [InlineData("package-lock.json", "{\n  \"lockfileVersion\": \"3\"\n}", "package-lock.json:2: field 'lockfileVersion' must be the number 2 or 3")]
    [InlineData("poetry.lock", "[[package]]\nname = \"a\"\n", "poetry.lock:1: [[package]] has no 'version'")]
    [InlineData("uv.lock", "version = 1\n\n[[package]]\nname = \"a\"\nversion = 2\n", "uv.lock:5: [[package]] field 'version' must be a non-empty string")]
    [InlineData("Cargo.lock", "[[package]]\nname = \"serde\nversion = \"1\"\n", "Cargo.lock:2: not valid TOML: string is not closed")]
    [InlineData("requirements.txt", "flask==3.0.0\nfoo bar==1\n", "requirements.txt:2: 'foo bar==1' is not a requirement (expected NAME==VERSION)")]
    [InlineData("go.sum", "github.com/a/b v1.0.0 h1:x=\ngithub.com/a/c v1.0.0\n", "go.sum:2: expected 'MODULE VERSION HASH' (run 'go mod tidy' to rewrite go.sum)")]
    [InlineData("Chart.lock", "dependencies:\n- name: pg\n  repository: https://x\n", "Chart.lock:2: field 'dependencies[0].version' is missing")]
    [InlineData("Chart.lock", "dependencies: [\n", "Chart.lock:2: not valid YAML")]
    [InlineData("Chart.lock", "generated: x\n", "Chart.lock:1: field 'dependencies' is missing")]
    public void Malformed_lock_files_name_file_line_and_field(string path, string text, string expected)
    {
        var reader = LockFileCatalog.ReaderFor(path)!;

        var act = () => reader(path, text);

        var message = act.Should().Throw<StewardException>().Which.Message;
        message.Should().StartWith(expected);
        message.Should().EndWith("; fix or regenerate the lock file and tag the release again");
    }

    [Theory]
    [InlineData("web/package-lock.json", true)]
    [InlineData("node_modules/x/package-lock.json", false)]
    [InlineData("web/node_modules/.package-lock.json", false)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("py/requirements.txt", true)]
    [InlineData("requirements.in", false)]
    [InlineData("Cargo.toml", false)]
    [InlineData("charts/x/Chart.lock", true)]
    public void Lock_files_are_recognised_by_name(string path, bool isLockFile)
    {
        (LockFileCatalog.ReaderFor(path) is not null).Should().Be(isLockFile);
    }

    [Fact]
    public void Requirements_keep_only_pinned_lines()
    {
        var packages = RequirementsReader.Read("requirements.txt", """
            -r base.txt
            Django==5.1.1 \
                --hash=sha256:aaa \
                --hash=sha256:bbb
            zope.interface===7.0.3
            requests>=2
            attrs
            pkg @ https://example.com/pkg.whl
            numpy==2.1.1; platform_machine == "x86-64" and python_version >= "3.10"
            """);

        packages.Select(p => p.Purl).Should().Equal("pkg:pypi/django@5.1.1", "pkg:pypi/zope-interface@7.0.3", "pkg:pypi/numpy@2.1.1");
    }

    [Fact]
    public void Purls_encode_scopes_versions_and_qualifiers()
    {
        PackageUrl.Npm("@types/node", "22.5.0").Should().Be("pkg:npm/%40types/node@22.5.0");
        PackageUrl.Create("nuget", null, "Foo", "1.0.0+build").Should().Be("pkg:nuget/Foo@1.0.0%2Bbuild");
        PackageUrl.Golang("github.com/a/b/v2", "v2.0.0").Should().Be("pkg:golang/github.com/a/b/v2@v2.0.0");
        PackageUrl.PyPi("Zope.Interface__x", "1").Should().Be("pkg:pypi/zope-interface-x@1");
    }
}
