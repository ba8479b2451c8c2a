using System.Globalization;
using Steward.Git;

namespace Steward.Tests.Git;

/// <summary>
/// The dates of commits and tags are read field by field where git wrote its strict ISO 8601 form; every text gives the
/// same date, offset included, as the general parser, which still reads anything else.
/// </summary>
public sealed class GitDateTests
{
    public static TheoryData<string> Texts =>
    [
        "2024-05-01T12:34:56+02:00",
        "2024-05-01T12:34:56-07:00",
        "2024-12-31T23:59:59+05:45",
        "2024-02-29T00:00:00-03:30",
        "1970-01-01T00:00:00Z",
        "2099-12-31T23:59:59+14:00",
        "2005-04-07T22:13:13-12:00",
        "2024-05-01T12:34:56+00:00",
        "2024-05-01 12:34:56 +0200",
        "2024-05-01T12:34:56.123+02:00",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_date_reads_as_the_general_parser_reads_it(string text)
    {
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

        var read = GitDate.Read(text);

        read.Should().Be(expected);
        read.Offset.Should().Be(expected.Offset);
        GitDate.TryRead(text).Should().Be(expected);
    }

    [Fact]
    public void Every_strict_date_of_a_long_history_reads_as_the_general_parser_reads_it()
    {
        // Spread over 1971–2097 and every quarter-hour offset from -12:00 to +14:00 (a fixed sequence, the same every run).
        for (var i = 0; i < 5000; i++)
        {
            var utc = new DateTime(1971, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i * 797_003_437L % 4_000_000_000L);
            var offset = TimeSpan.FromMinutes(((i * 37 % 105) - 48) * 15);
            var date = new DateTimeOffset(utc).ToOffset(offset);
            var text = date.ToString(offset == TimeSpan.Zero && i % 2 == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

            var read = GitDate.Read(text);

            read.Should().Be(date, text);
            read.Offset.Should().Be(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).Offset, text);
        }
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("2024-13-01T12:34:56+02:00")]
    [InlineData("2024-02-30T12:34:56+02:00")]
    [InlineData("")]
    public void Text_that_is_no_date_is_refused_as_before(string text)
    {
        GitDate.TryRead(text).Should().BeNull();
        FluentActions.Invoking(() => GitDate.Read(text)).Should().Throw<FormatException>();
    }
}
