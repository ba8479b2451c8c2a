using FluentAssertions;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Xunit;

namespace Steward.Core.Tests.Forge;

public sealed class ForgeLocationResolverTests
{
    [Theory]
    [InlineData("https://github.com/acme/demo.git", "github.com", "acme/demo")]
    [InlineData("https://github.com/acme/demo", "github.com", "acme/demo")]
    [InlineData("https://x-access-token:secret@github.com/acme/demo.git", "github.com", "acme/demo")]
    [InlineData("ssh://git@github.com/acme/demo.git", "github.com", "acme/demo")]
    [InlineData("ssh://git@ghe.example.com:2222/acme/demo.git", "ghe.example.com", "acme/demo")]
    [InlineData("git@github.com:acme/demo.git", "github.com", "acme/demo")]
    [InlineData("gitlab.example.com:group/sub/project", "gitlab.example.com", "group/sub/project")]
    [InlineData("https://gitea.example.com:3000/acme/demo", "gitea.example.com:3000", "acme/demo")]
    public void Reads_https_ssh_and_scp_remotes(string remote, string host, string path)
    {
        var parsed = ForgeRemoteUrl.TryParse(remote);

        parsed.Should().Be(new ForgeRemoteUrl(host, path));
    }

    [Theory]
    [InlineData("/srv/git/demo.git")]
    [InlineData("../demo.git")]
    [InlineData("file:///srv/git/demo.git")]
    [InlineData("https://github.com/acme")]
    [InlineData("https://github.com/acme/../etc")]
    [InlineData("")]
    public void A_local_path_or_a_url_without_owner_and_name_is_no_forge(string remote) =>
        ForgeRemoteUrl.TryParse(remote).Should().BeNull();

    [Fact]
    public void Github_com_publishes_through_api_github_com()
    {
        var location = ForgeLocationResolver.Resolve(new ForgeConfig(), "origin", "git@github.com:acme/demo.git");

        location.Should().Be(new ForgeLocation(ForgeKind.GitHub, new Uri("https://api.github.com"), "acme/demo"));
    }

    [Fact]
    public void A_github_enterprise_host_with_forge_type_gets_its_api_v3()
    {
        var location = ForgeLocationResolver.Resolve(new ForgeConfig { Type = "github" }, "origin", "https://code.acme.example/acme/demo.git");

        location.Api.Should().Be(new Uri("https://code.acme.example/api/v3"));
    }

    [Theory]
    [InlineData("https://gitlab.com/group/sub/demo.git", ForgeKind.GitLab, "https://gitlab.com/api/v4")]
    [InlineData("https://codeberg.org/acme/demo.git", ForgeKind.Gitea, "https://codeberg.org/api/v1")]
    [InlineData("git@gitea.acme.example:acme/demo.git", ForgeKind.Gitea, "https://gitea.acme.example/api/v1")]
    public void Other_forges_are_known_by_their_host(string remote, ForgeKind kind, string api)
    {
        var location = ForgeLocationResolver.Resolve(new ForgeConfig(), "origin", remote);

        location.Kind.Should().Be(kind);
        location.Api.Should().Be(new Uri(api));
    }

    [Theory]
    [InlineData("gitlab", "git@git.acme.example:platform/tools/demo.git", ForgeKind.GitLab, "https://git.acme.example/api/v4", "platform/tools/demo")]
    [InlineData("forgejo", "https://git.acme.example:3000/acme/demo.git", ForgeKind.Gitea, "https://git.acme.example:3000/api/v1", "acme/demo")]
    [InlineData("gitea", "ssh://git@git.acme.example:2222/acme/demo.git", ForgeKind.Gitea, "https://git.acme.example/api/v1", "acme/demo")]
    public void A_self_hosted_forge_named_by_forge_type_gets_its_api_from_the_remotes_host(string type, string remote, ForgeKind kind, string api, string repository)
    {
        var location = ForgeLocationResolver.Resolve(new ForgeConfig { Type = type }, "origin", remote);

        location.Should().Be(new ForgeLocation(kind, new Uri(api), repository));
    }

    [Fact]
    public void Configured_keys_win_over_the_remote()
    {
        var config = new ForgeConfig { Type = "github", Api = "http://127.0.0.1:8080/", Repository = "other/name" };

        var location = ForgeLocationResolver.Resolve(config, "origin", "/local/path.git");

        location.Should().Be(new ForgeLocation(ForgeKind.GitHub, new Uri("http://127.0.0.1:8080"), "other/name"));
    }

    [Theory]
    [InlineData("bitbucket", null, null, "https://github.com/a/b", "forge.type 'bitbucket'")]
    [InlineData(null, null, null, "https://git.acme.example/a/b", "forge.type is not set and 'git.acme.example'")]
    [InlineData(null, null, null, "/srv/git/demo.git", "forge.type is not set and remote 'origin' has no forge URL")]
    [InlineData("github", null, null, "/srv/git/demo.git", "forge.api is not set")]
    [InlineData("github", "ftp://x", null, null, "forge.api 'ftp://x'")]
    [InlineData("github", "https://user:pw@ghe.example/api/v3", "a/b", null, "forge.api 'https://user:pw@ghe.example/api/v3'")]
    [InlineData("github", "https://ghe.example/api/v3", "a/b/c", null, "forge.repository 'a/b/c' is not OWNER/NAME")]
    [InlineData("github", "https://ghe.example/api/v3", "no-slash", null, "forge.repository 'no-slash'")]
    [InlineData("github", "https://ghe.example/api/v3", null, "/srv/git/demo.git", "forge.repository is not set")]
    public void Each_bad_or_missing_key_is_named(string? type, string? api, string? repository, string? remote, string expected)
    {
        var config = new ForgeConfig { Type = type, Api = api, Repository = repository };

        var act = () => ForgeLocationResolver.Resolve(config, "origin", remote);

        act.Should().Throw<StewardException>().Where(e => e.Kind == FailureKind.InvalidInput && e.Message.StartsWith("steward.yml: ", StringComparison.Ordinal))
            .Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_gitlab_project_may_sit_in_subgroups() =>
        ForgeLocationResolver.Resolve(new ForgeConfig { Type = "gitlab", Repository = "g/s/p" }, "origin", "https://gitlab.acme.example/x/y").Repository.Should().Be("g/s/p");
}
