namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// The words of a mustache's body as Handlebars reads them: split at spaces, except inside a quoted string or a
/// parenthesised sub-expression, each of which is one argument.
/// </summary>
internal static class TemplateWords
{
    public static IReadOnlyList<string> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var words = new List<string>();
        var start = -1;
        var depth = 0;
        char? quote = null;
        for (var i = 0; i <= body.Length; i++)
        {
            var c = i < body.Length ? body[i] : ' ';
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (start >= 0)
                {
                    words.Add(body[start..i]);
                    start = -1;
                }

                continue;
            }

            start = start < 0 ? i : start;
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
            }
        }

        if (start >= 0)
        {
            // An unclosed quote or parenthesis runs to the end of the body: still one word.
            words.Add(body[start..]);
        }

        return words;
    }
}
