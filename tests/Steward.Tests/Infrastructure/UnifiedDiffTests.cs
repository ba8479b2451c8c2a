using Steward.Core.Diff;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>Diffs must be what `git apply` takes, for every kind of line ending and final newline.</summary>
public sealed class UnifiedDiffTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Theory]
    [InlineData("a\nb\nc\n", "a\nB\nc\n")]
    [InlineData("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n")]
    [InlineData("version = 1\n", "version = 2")]
    [InlineData("version = 1", "version = 2\n")]
    [InlineData("", "new\n")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n", "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\nY\n19\n20\n")]
    public void Git_apply_turns_the_old_text_into_the_new(string oldText, string newText)
    {
        repo.WriteFile("dir/file.txt", oldText);
        repo.Commit("chore: base");
        var patch = UnifiedDiff.Create("dir/file.txt", oldText, newText);
        repo.WriteFile("change.patch", patch);
        repo.Git("apply", "--whitespace=nowarn", "change.patch");
        File.ReadAllText(repo.FullPath("dir/file.txt")).Should().Be(newText);
    }

    [Theory]
    [InlineData("one line\n")]
    [InlineData("a\r\nb\r\n\r\nc")]
    [InlineData("no newline at the end")]
    [InlineData("\n\n\n")]
    public void A_new_file_streamed_line_by_line_is_the_same_diff_and_git_apply_creates_it(string text)
    {
        using var streamed = new StringWriter();
        UnifiedDiff.WriteNewFile(streamed, "dir/new.md", UnifiedDiff.CountLines(new StringReader(text)), new StringReader(text));

        streamed.ToString().Should().Be(UnifiedDiff.Create("dir/new.md", null, text));
        repo.WriteFile("create.patch", streamed.ToString());
        repo.Git("apply", "--whitespace=nowarn", "create.patch");
        File.ReadAllText(repo.FullPath("dir/new.md")).Should().Be(text);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_stays_one_line()
    {
        var text = new string('x', 200_000) + "\n" + new string('y', 70_000);
        using var streamed = new StringWriter();
        UnifiedDiff.WriteNewFile(streamed, "long.txt", UnifiedDiff.CountLines(new StringReader(text)), new StringReader(text));
        streamed.ToString().Should().Be(UnifiedDiff.Create("long.txt", null, text));
    }

    [Fact]
    public void Equal_texts_give_no_diff()
    {
        UnifiedDiff.Create("x", "same\n", "same\n").Should().BeEmpty();
    }

    [Fact]
    public void Hunks_have_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("f", "1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\nfour\n5\n6\n7\n");
        diff.Should().Be("diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n");
    }
}
