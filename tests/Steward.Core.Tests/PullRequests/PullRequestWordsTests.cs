using FluentAssertions;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Core.PullRequests;

namespace Steward.Core.Tests.PullRequests;

/// <summary>Each forge's words for the release pull request, in what people read (plans, outcomes).</summary>
public sealed class PullRequestWordsTests
{
    [Theory]
    [InlineData(ForgeKind.GitHub, "pull request #12")]
    [InlineData(ForgeKind.Gitea, "pull request #12")]
    [InlineData(ForgeKind.GitLab, "merge request !12")]
    public void A_number_is_named_as_the_forge_names_it(ForgeKind forge, string expected) =>
        PullRequestWords.Named(forge, 12).Should().Be(expected);

    [Fact]
    public void A_gitlab_step_says_merge_request_and_keeps_its_json_action()
    {
        var wanted = new WantedPullRequest("steward/release/main", "main", "chore(main): release 1.1.0", "notes");
        var step = new PullRequestStep(ForgeKind.GitLab, "https://gitlab.example/api/v4", "acme/demo", PullRequestStepAction.Reconcile, wanted)
        {
            Number = 3,
            Method = "PUT",
            Endpoint = "https://gitlab.example/api/v4/projects/acme%2Fdemo/merge_requests/3",
        };

        step.Kind.Should().Be("forge");
        step.Operation.Should().Be("update-pull-request");
        step.Describe().Should().Be("forge: update merge request !3 (title and body; PUT https://gitlab.example/api/v4/projects/acme%2Fdemo/merge_requests/3)");
    }
}
