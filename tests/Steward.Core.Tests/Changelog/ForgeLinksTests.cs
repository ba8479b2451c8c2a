using Steward.Core.Changelog.Links;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Changelog;

public class ForgeLinksTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Theory]
    [InlineData("https://github.com/acme/rocket.git", "https://github.com/acme/rocket")]
    [InlineData("git@github.com:acme/rocket.git", "https://github.com/acme/rocket")]
    [InlineData("ssh://git@github.com/acme/rocket", "https://github.com/acme/rocket")]
    [InlineData("ssh://git@ssh.github.com:443/acme/rocket.git", "https://github.com/acme/rocket")]
    [InlineData("https://x-access-token:ghs_SECRET@github.com/acme/rocket.git", "https://github.com/acme/rocket")]
    public void GitHub_links_from_every_remote_form(string remote, string expectedBase)
    {
        var links = ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!;

        links.Kind.Should().Be(ForgeKind.GitHub);
        var baseUrl = expectedBase;
        links.BaseUrl.Should().Be(baseUrl);
        links.CommitUrl(Sha).Should().Be($"{baseUrl}/commit/{Sha}");
        links.CompareUrl("v1.0.0", "v1.1.0").Should().Be($"{baseUrl}/compare/v1.0.0...v1.1.0");
        links.PullRequestUrl("12").Should().Be($"{baseUrl}/pull/12");
        links.IssueUrl("7").Should().Be($"{baseUrl}/issues/7");
        links.TagUrl("v1.0.0").Should().Be($"{baseUrl}/tree/v1.0.0");
        links.UserUrl("octocat").Should().Be("https://github.com/octocat");
        links.UserUrl("dependabot[bot]").Should().Be("https://github.com/apps/dependabot");
        links.HandleFromEmail("583231+octocat@users.noreply.github.com").Should().Be("octocat");
        links.HandleFromEmail("octocat@users.noreply.github.com").Should().Be("octocat");
        links.HandleFromEmail("octocat@example.com").Should().BeNull();
    }

    [Theory]
    [InlineData("https://gitlab.com/group/sub/project.git")]
    [InlineData("git@gitlab.com:group/sub/project.git")]
    [InlineData("https://oauth2:glpat-SECRET@gitlab.com/group/sub/project")]
    public void GitLab_links_use_the_dash_paths_and_merge_requests(string remote)
    {
        var links = ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!;

        links.Kind.Should().Be(ForgeKind.GitLab);
        links.CommitUrl(Sha).Should().Be($"https://gitlab.com/group/sub/project/-/commit/{Sha}");
        links.CompareUrl("v1.0.0", "v1.1.0").Should().Be("https://gitlab.com/group/sub/project/-/compare/v1.0.0...v1.1.0");
        links.PullRequestUrl("3").Should().Be("https://gitlab.com/group/sub/project/-/merge_requests/3");
        links.IssueUrl("4").Should().Be("https://gitlab.com/group/sub/project/-/issues/4");
        links.UserUrl("jane").Should().Be("https://gitlab.com/jane");
        links.HandleFromEmail("123456-jane@users.noreply.gitlab.com").Should().Be("jane");
    }

    [Theory]
    [InlineData("https://bitbucket.org/team/repo.git")]
    [InlineData("git@bitbucket.org:team/repo.git")]
    [InlineData("https://someone@bitbucket.org/team/repo.git")]
    public void Bitbucket_links_and_no_user_pages(string remote)
    {
        var links = ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!;

        links.Kind.Should().Be(ForgeKind.Bitbucket);
        links.CommitUrl(Sha).Should().Be($"https://bitbucket.org/team/repo/commits/{Sha}");
        links.CompareUrl("v1.0.0", "v1.1.0").Should().Be("https://bitbucket.org/team/repo/branches/compare/v1.1.0%0Dv1.0.0");
        links.PullRequestUrl("9").Should().Be("https://bitbucket.org/team/repo/pull-requests/9");
        links.IssueUrl("9").Should().Be("https://bitbucket.org/team/repo/issues/9");
        links.UserUrl("someone").Should().BeNull();
    }

    [Theory]
    [InlineData("https://codeberg.org/owner/repo.git")]
    [InlineData("git@codeberg.org:owner/repo.git")]
    public void Gitea_and_Forgejo_links(string remote)
    {
        var links = ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!;

        links.Kind.Should().Be(ForgeKind.Gitea);
        links.CommitUrl(Sha).Should().Be($"https://codeberg.org/owner/repo/commit/{Sha}");
        links.CompareUrl("v1.0.0", "v1.1.0").Should().Be("https://codeberg.org/owner/repo/compare/v1.0.0...v1.1.0");
        links.PullRequestUrl("5").Should().Be("https://codeberg.org/owner/repo/pulls/5");
        links.IssueUrl("5").Should().Be("https://codeberg.org/owner/repo/issues/5");
        links.UserUrl("owner").Should().Be("https://codeberg.org/owner");
        links.HandleFromEmail("owner@noreply.codeberg.org").Should().Be("owner");
    }

    [Theory]
    [InlineData("https://contoso@dev.azure.com/contoso/Fabrikam/_git/web")]
    [InlineData("git@ssh.dev.azure.com:v3/contoso/Fabrikam/web")]
    public void Azure_DevOps_links_with_work_items(string remote)
    {
        var links = ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!;

        links.Kind.Should().Be(ForgeKind.AzureDevOps);
        links.BaseUrl.Should().Be("https://dev.azure.com/contoso/Fabrikam/_git/web");
        links.CommitUrl(Sha).Should().Be($"https://dev.azure.com/contoso/Fabrikam/_git/web/commit/{Sha}");
        links.CompareUrl("v1.0.0", "v1.1.0").Should().Be("https://dev.azure.com/contoso/Fabrikam/_git/web/branchCompare?baseVersion=GTv1.0.0&targetVersion=GTv1.1.0");
        links.PullRequestUrl("42").Should().Be("https://dev.azure.com/contoso/Fabrikam/_git/web/pullrequest/42");
        links.IssueUrl("42").Should().Be("https://dev.azure.com/contoso/Fabrikam/_workitems/edit/42");
        links.UserUrl("someone").Should().BeNull();
    }

    [Theory]
    [InlineData("1+x](https://evil.example)|b@users.noreply.github.com")]
    [InlineData("1+a b@users.noreply.github.com")]
    [InlineData("1+@users.noreply.github.com")]
    [InlineData("1+-dash@users.noreply.github.com")]
    public void An_email_gives_no_handle_unless_it_is_a_valid_user_name(string email) =>
        ForgeLinks.Resolve("https://github.com/acme/rocket", new ChangelogLinksConfig())!.HandleFromEmail(email).Should().BeNull();

    [Theory]
    [InlineData("https://gitlab.example.com:8443/g/p.git", "https://gitlab.example.com:8443/g/p")]
    [InlineData("http://gitea.internal/team/repo.git", "http://gitea.internal/team/repo")]
    [InlineData("http://gitea.internal:3000/team/repo", "http://gitea.internal:3000/team/repo")]
    [InlineData("https://github.com:443/acme/rocket.git", "https://github.com/acme/rocket")]
    [InlineData("ssh://git@gitlab.example.com:2222/g/p.git", "https://gitlab.example.com/g/p")]
    public void An_http_remote_keeps_its_scheme_and_port_and_an_ssh_port_is_dropped(string remote, string expectedBase) =>
        ForgeLinks.Resolve(remote, new ChangelogLinksConfig())!.BaseUrl.Should().Be(expectedBase);

    [Fact]
    public void Old_visualstudio_com_ssh_remote_gives_its_web_address()
    {
        var links = ForgeLinks.Resolve("contoso@vs-ssh.visualstudio.com:v3/contoso/Fabrikam/web", new ChangelogLinksConfig())!;

        links.BaseUrl.Should().Be("https://contoso.visualstudio.com/Fabrikam/_git/web");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://git.example.com/team/repo.git")]
    [InlineData("/srv/git/repo.git")]
    [InlineData("../other")]
    [InlineData("file:///srv/git/repo.git")]
    public void Unknown_or_absent_remotes_give_no_links(string? remote) =>
        ForgeLinks.Resolve(remote, new ChangelogLinksConfig()).Should().BeNull();

    [Fact]
    public void A_self_hosted_instance_takes_its_kind_from_configuration()
    {
        var links = ForgeLinks.Resolve("git@git.example.com:team/repo.git", new ChangelogLinksConfig { Host = "gitlab" })!;

        links.CommitUrl(Sha).Should().Be($"https://git.example.com/team/repo/-/commit/{Sha}");
    }

    [Fact]
    public void A_configured_base_url_wins_over_the_remote_and_loses_its_credentials()
    {
        var links = ForgeLinks.Resolve(
            "git@mirror.example.com:team/repo.git",
            new ChangelogLinksConfig { Host = "gitea", BaseUrl = "https://bot:secret@forge.example.com/team/repo/" })!;

        links.BaseUrl.Should().Be("https://forge.example.com/team/repo");
        links.IssueUrl("1").Should().Be("https://forge.example.com/team/repo/issues/1");
    }

    [Fact]
    public void Host_none_turns_links_off() =>
        ForgeLinks.Resolve("https://github.com/acme/rocket", new ChangelogLinksConfig { Host = "none" }).Should().BeNull();

    [Fact]
    public void An_unknown_configured_host_is_an_error_naming_the_key()
    {
        var act = () => ForgeLinks.Resolve("https://github.com/acme/rocket", new ChangelogLinksConfig { Host = "sourcehut" });

        act.Should().Throw<StewardException>().Which.Message.Should().Contain("changelog.links.host 'sourcehut'");
    }

    [Fact]
    public void A_configured_base_url_that_is_not_http_is_an_error()
    {
        var act = () => ForgeLinks.Resolve(null, new ChangelogLinksConfig { Host = "github", BaseUrl = "git@github.com:acme/rocket" });

        act.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
    }

    [Fact]
    public void Redact_removes_user_and_password()
    {
        RemoteUrl.Redact("https://user:token@github.com/acme/rocket.git").Should().Be("https://github.com/acme/rocket.git");
        RemoteUrl.Redact("git@github.com:acme/rocket.git").Should().Be("git@github.com:acme/rocket.git");
    }
}
