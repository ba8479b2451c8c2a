namespace Steward.Core.Propagation.Locators;

/// <summary>
/// One Dockerfile instruction with its arguments as character ranges of the original text, continuations included, so
/// a value on the third line of a multi-line <c>LABEL</c> is found where it stands.
/// </summary>
internal sealed class DockerInstruction
{
    private readonly string text;
    private readonly List<(int Start, int End)> argumentSpans;

    private DockerInstruction(string text, string keyword, List<(int Start, int End)> argumentSpans)
    {
        this.text = text;
        Keyword = keyword;
        this.argumentSpans = argumentSpans;
    }

    /// <summary>The instruction in upper case (Dockerfile keywords are case-insensitive).</summary>
    public string Keyword { get; }

    public static IEnumerable<DockerInstruction> Read(string text, char escape)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var lineEnd = LineEnd(text, pos);
            var line = text[pos..lineEnd].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                pos = Next(text, lineEnd);
                continue;
            }

            var keywordStart = pos + text[pos..lineEnd].IndexOf(line[0], StringComparison.Ordinal);
            var keywordEnd = keywordStart;
            while (keywordEnd < lineEnd && !char.IsWhiteSpace(text[keywordEnd]))
            {
                keywordEnd++;
            }

            var spans = new List<(int, int)>();
            var segmentStart = keywordEnd;
            while (true)
            {
                var end = LineEnd(text, segmentStart);
                var content = text[segmentStart..end].TrimEnd();
                if (content.Length > 0 && content[^1] == escape)
                {
                    spans.Add((segmentStart, segmentStart + content.Length - 1));
                    segmentStart = Next(text, end);

                    // Comment lines and empty lines inside a continued instruction are dropped by Docker.
                    while (segmentStart < text.Length && text[segmentStart..LineEnd(text, segmentStart)].Trim() is var l && (l.Length == 0 || l[0] == '#'))
                    {
                        segmentStart = Next(text, LineEnd(text, segmentStart));
                    }

                    if (segmentStart >= text.Length)
                    {
                        break;
                    }

                    continue;
                }

                spans.Add((segmentStart, segmentStart + content.Length));
                pos = Next(text, end);
                break;
            }

            if (segmentStart >= text.Length)
            {
                pos = text.Length;
            }

            yield return new DockerInstruction(text, text[keywordStart..keywordEnd].ToUpperInvariant(), spans);
        }
    }

    /// <summary>The <c>key=value</c> arguments: each key (unquoted) and the range of its value (inside quotes, if quoted).</summary>
    public IEnumerable<(string Key, int ValueStart, int ValueLength)> Pairs()
    {
        foreach (var (start, end) in Tokens())
        {
            var equals = text.IndexOf('=', start, end - start);
            if (equals < 0)
            {
                continue;
            }

            var key = text[start..equals].Trim('"', '\'');
            var valueStart = equals + 1;
            var valueEnd = end;
            if (valueEnd - valueStart >= 2 && text[valueStart] is '"' or '\'' && text[valueEnd - 1] == text[valueStart])
            {
                valueStart++;
                valueEnd--;
            }

            yield return (key, valueStart, valueEnd - valueStart);
        }
    }

    /// <summary>Whitespace-separated tokens across the instruction's segments; quotes keep spaces inside a token.</summary>
    private IEnumerable<(int Start, int End)> Tokens()
    {
        foreach (var (spanStart, spanEnd) in argumentSpans)
        {
            var i = spanStart;
            while (i < spanEnd)
            {
                while (i < spanEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= spanEnd)
                {
                    break;
                }

                var start = i;
                char? quote = null;
                while (i < spanEnd && (quote is not null || !char.IsWhiteSpace(text[i])))
                {
                    if (quote is null && text[i] is '"' or '\'')
                    {
                        quote = text[i];
                    }
                    else if (quote == text[i])
                    {
                        quote = null;
                    }
                    else if (quote == '"' && text[i] == '\\')
                    {
                        i++;
                    }

                    i++;
                }

                yield return (start, Math.Min(i, spanEnd));
            }
        }
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    private static int Next(string text, int lineEnd) => Math.Min(lineEnd + 1, text.Length);
}
