using FluentAssertions;
using Steward.Core.Forge;
using Steward.Core.Versioning;
using Xunit;

namespace Steward.Core.Tests.Forge;

public sealed class ReleaseReconcilerTests
{
    private static readonly WantedAsset Archive = new("demo-v1.2.0.tar.gz", "dist/demo-v1.2.0.tar.gz", 10, "aa");
    private static readonly WantedAsset Sums = new("SHA256SUMS", "dist/SHA256SUMS", 5, "bb");
    private static readonly WantedRelease Wanted = new("v1.2.0", "v1.2.0", "notes\n", false, false, true, [Archive, Sums]);

    [Fact]
    public void A_missing_release_is_created_as_a_draft_filled_then_published()
    {
        var plan = ReleaseReconciler.Plan(Wanted, null);

        plan.Steps.Select(s => s.Kind).Should().Equal(PublishStepKind.CreateDraft, PublishStepKind.UploadAsset, PublishStepKind.UploadAsset, PublishStepKind.Publish);
    }

    [Fact]
    public void A_wanted_draft_is_never_published()
    {
        var plan = ReleaseReconciler.Plan(Wanted with { Draft = true }, null);

        plan.Steps.Select(s => s.Kind).Should().NotContain(PublishStepKind.Publish);
    }

    [Fact]
    public void On_a_forge_without_drafts_the_release_is_created_published_and_never_published_again()
    {
        var plan = ReleaseReconciler.Plan(Wanted, null, drafts: false);

        plan.Steps.Select(s => s.Kind).Should().Equal(PublishStepKind.CreateRelease, PublishStepKind.UploadAsset, PublishStepKind.UploadAsset);
        plan.Steps[0].Describe(Wanted).Should().Be("create release v1.2.0 (published at once: the forge keeps no drafts)");
        var existing = new ForgeRelease(7, "v1.2.0", "v1.2.0", "notes", false, false, [new ForgeAsset(1, Archive.Name, 10, "aa"), new ForgeAsset(2, Sums.Name, 5, "bb")]);
        ReleaseReconciler.Plan(Wanted, existing, drafts: false).IsComplete.Should().BeTrue();
    }

    [Fact]
    public void A_forge_without_a_flag_is_never_asked_for_it()
    {
        var wanted = Wanted with { Prerelease = true, MakeLatest = true };

        ForgeCapabilities.Of(ForgeKind.GitLab).Fit(wanted).Should().Be(wanted with { Prerelease = false, MakeLatest = false });
        ForgeCapabilities.Of(ForgeKind.Gitea).Fit(wanted).Should().Be(wanted with { MakeLatest = false });
        ForgeCapabilities.Of(ForgeKind.GitHub).Fit(wanted).Should().Be(wanted);
        ForgeCapabilities.Of(ForgeKind.GitLab).Drafts.Should().BeFalse();
    }

    [Fact]
    public void A_half_done_draft_gets_only_what_it_lacks()
    {
        var existing = new ForgeRelease(7, "v1.2.0", "v1.2.0", "notes", true, false, [new ForgeAsset(1, Archive.Name, 10, "AA")]);

        var plan = ReleaseReconciler.Plan(Wanted, existing);

        plan.Steps.Should().Equal(new PublishStep(PublishStepKind.UploadAsset, Sums), new PublishStep(PublishStepKind.Publish));
        plan.Unchanged.Should().Equal(Archive.Name);
    }

    [Fact]
    public void A_changed_or_unfinished_asset_is_deleted_and_uploaded_again()
    {
        var changed = new ForgeAsset(1, Archive.Name, 10, "cc");
        var unfinished = new ForgeAsset(2, Sums.Name, 0, null, Complete: false);
        var existing = new ForgeRelease(7, "v1.2.0", "v1.2.0", "notes\n", false, false, [changed, unfinished, new ForgeAsset(3, "extra.txt", 1, "dd")]);

        var plan = ReleaseReconciler.Plan(Wanted, existing);

        plan.Steps.Should().Equal(
            new PublishStep(PublishStepKind.DeleteAsset, Archive, changed),
            new PublishStep(PublishStepKind.UploadAsset, Archive),
            new PublishStep(PublishStepKind.DeleteAsset, Sums, unfinished),
            new PublishStep(PublishStepKind.UploadAsset, Sums));
        plan.Unwanted.Should().Equal("extra.txt");
    }

    [Fact]
    public void A_finished_publish_plans_nothing()
    {
        var existing = new ForgeRelease(7, "v1.2.0", "v1.2.0", "notes\r\n", false, false, [new ForgeAsset(1, Archive.Name, 10, "aa"), new ForgeAsset(2, Sums.Name, 5, "bb")]);

        ReleaseReconciler.Plan(Wanted, existing).IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Changed_notes_are_updated_and_a_published_release_is_never_made_a_draft_again()
    {
        var existing = new ForgeRelease(7, "v1.2.0", "v1.2.0", "old notes", false, false, [new ForgeAsset(1, Archive.Name, 10, "aa"), new ForgeAsset(2, Sums.Name, 5, null)]);

        var plan = ReleaseReconciler.Plan(Wanted with { Draft = true }, existing);

        plan.Steps.Should().Equal(new PublishStep(PublishStepKind.UpdateRelease));
    }

    [Theory]
    [InlineData("2.1.0", true)]
    [InlineData("1.9.3", false)]
    [InlineData("3.0.0-rc.1", false)]
    [InlineData("2.0.0", true)]
    public void Only_the_highest_stable_version_is_latest(string version, bool latest)
    {
        SemanticVersion[] released = [SemanticVersion.Parse("1.9.2"), SemanticVersion.Parse("2.0.0"), SemanticVersion.Parse("3.0.0-rc.0")];

        ReleaseLatest.IsLatest(SemanticVersion.Parse(version), released).Should().Be(latest);
    }
}
