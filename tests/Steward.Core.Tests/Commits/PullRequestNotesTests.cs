using Steward.Core.Commits;

namespace Steward.Core.Tests.Commits;

public class PullRequestNotesTests
{
    [Fact]
    public void A_fenced_release_note_block_is_the_note()
    {
        PullRequestNotes.Read("Some context.\n\n```release-note\nThe CLI accepts --json.\n```\n").Should().Equal("The CLI accepts --json.");
    }

    [Fact]
    public void NONE_leaves_the_pull_request_out()
    {
        PullRequestNotes.Read("```release-note\nNONE\n```").Should().BeEmpty();
        PullRequestNotes.Read("Release-Note: none").Should().BeEmpty();
    }

    [Fact]
    public void A_release_notes_section_runs_to_the_next_heading_and_drops_template_comments()
    {
        const string Body = "## Summary\nRefactors the cache.\n\n## Release notes\n<!-- Write what users see, or NONE -->\n- Cache entries expire after an hour.\n- `--no-cache` skips the cache.\n\n## Testing\nRan it.";

        PullRequestNotes.Read(Body).Should().Equal("Cache entries expire after an hour.", "`--no-cache` skips the cache.");
    }

    [Fact]
    public void Lines_of_one_paragraph_join_into_one_note()
    {
        PullRequestNotes.Read("### Release note:\nUploads larger than 5 GiB\nare split into parts.\r\n").Should().Equal("Uploads larger than 5 GiB are split into parts.");
    }

    [Fact]
    public void Release_Note_trailers_are_notes_each()
    {
        PullRequestNotes.Read("Body text.\n\nRelease-Note: One.\nRelease-Note: Two.\nSigned-off-by: A <a@example.com>").Should().Equal("One.", "Two.");
    }

    [Fact]
    public void A_block_wins_over_a_section_and_trailers()
    {
        PullRequestNotes.Read("## Release notes\nfrom the section\n\n```release-note\nfrom the block\n```\nRelease-Note: from a trailer").Should().Equal("from the block");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("* feat: add the client\n\n* fix: typo")]
    [InlineData("We release this next week.")]
    [InlineData("```release-note\n<!-- describe the change -->\n```")]
    [InlineData("```bash\nrelease-note\n```")]
    public void Without_a_note_the_title_stands(string? description)
    {
        PullRequestNotes.Read(description).Should().BeNull();
    }
}
