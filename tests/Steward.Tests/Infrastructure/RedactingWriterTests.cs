using Steward.Cli;
using Steward.Core.Text;

namespace Steward.Tests.Infrastructure;

public sealed class RedactingWriterTests
{
    private const string Token = "ghp_0123456789abcdefghijKLMNOP";

    [Fact]
    public void The_complete_lines_of_one_write_reach_the_stream_in_one_write_and_the_rest_at_its_newline()
    {
        var inner = new CallRecordingWriter();
        using var writer = new RedactingWriter(inner, new SecretRedactor());

        writer.Write("one\ntwo\nthree\nfour");
        inner.Calls.Should().Equal("one\ntwo\nthree\n");

        writer.Write(" and more\nfive");
        inner.Calls.Should().Equal("one\ntwo\nthree\n", "four and more\n");

        writer.Flush();
        inner.Calls.Should().Equal("one\ntwo\nthree\n", "four and more\n", "five");
    }

    [Fact]
    public void A_token_is_taken_out_of_any_line_of_a_long_write_and_when_split_across_two_writes()
    {
        var inner = new CallRecordingWriter();
        using var writer = new RedactingWriter(inner, new SecretRedactor(["s3cr3t-value"]));

        writer.Write($"a\nurl https://x/{Token}/y\nkey s3cr3t-value here\nsplit {Token[..10]}");
        writer.Write($"{Token[10..]} end\n");
        writer.Write(['c', 'h', 'a', 'r', 's', ' ', 's', '3', 'c', 'r', '3', 't', '-', 'v', 'a', 'l', 'u', 'e', '\n'], 0, 19);

        string.Concat(inner.Calls).Should().Be("a\nurl https://x/***/y\nkey *** here\nsplit *** end\nchars ***\n");
    }

    private sealed class CallRecordingWriter : StringWriter
    {
        public List<string> Calls { get; } = [];

        public override void Write(char value) => Calls.Add(value.ToString());

        public override void Write(string? value) => Calls.Add(value ?? string.Empty);

        public override void Write(ReadOnlySpan<char> buffer) => Calls.Add(buffer.ToString());

        public override void Write(char[] buffer, int index, int count) => Calls.Add(new string(buffer, index, count));
    }
}
