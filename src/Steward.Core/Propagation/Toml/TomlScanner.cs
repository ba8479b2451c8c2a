using System.Text;
using Steward.Core.Errors;

namespace Steward.Core.Propagation.Toml;

/// <summary>Reads a TOML text left to right, recording every key with its value's position. Used by <see cref="TomlDocument"/>.</summary>
internal sealed class TomlScanner
{
    private readonly string path;
    private readonly string text;
    private readonly LineIndex lines;
    private readonly List<TomlEntry> entries = [];

    // Table headers seen, with their lines: TOML forbids defining a table twice.
    private readonly Dictionary<string, int> tables = new(StringComparer.Ordinal);
    private IReadOnlyList<string> table = [];
    private bool inArrayOfTables;
    private int pos;

    public TomlScanner(string path, string text)
    {
        this.path = path;
        this.text = text;
        lines = new LineIndex(text);
    }

    public IReadOnlyList<TomlEntry> ReadAll()
    {
        while (true)
        {
            SkipBlankAndComments(allowNewlines: true);
            if (pos >= text.Length)
            {
                return entries;
            }

            if (text[pos] == '[')
            {
                ReadTableHeader();
            }
            else
            {
                ReadKeyValue(table, []);
            }

            EndOfLine();
        }
    }

    private void ReadTableHeader()
    {
        var array = At("[[");
        pos += array ? 2 : 1;
        SkipSpaces();
        var key = ReadKey();
        SkipSpaces();
        if (!At(array ? "]]" : "]"))
        {
            throw Error(array ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header");
        }

        var line = lines.LineOf(pos);
        pos += array ? 2 : 1;
        if (!array && !tables.TryAdd(string.Join('\u0001', key), line))
        {
            throw Error($"the table [{string.Join('.', key)}] is defined twice (first on line {tables[string.Join('\u0001', key)]})");
        }

        table = key;
        inArrayOfTables = array;
    }

    private void ReadKeyValue(IReadOnlyList<string> owner, IReadOnlyList<string> prefix)
    {
        var line = lines.LineOf(pos);
        var key = ReadKey();
        SkipSpaces();
        if (pos >= text.Length || text[pos] != '=')
        {
            throw Error($"expected '=' after the key '{string.Join('.', key)}'");
        }

        pos++;
        SkipSpaces();
        ReadValue(owner, [.. prefix, .. key], line);
    }

    private void ReadValue(IReadOnlyList<string> owner, IReadOnlyList<string> key, int line)
    {
        if (pos >= text.Length || text[pos] is '\n' or '\r' or '#')
        {
            throw Error($"the key '{string.Join('.', key)}' has no value");
        }

        var start = pos;
        if (At("\"\"\"") || At("'''"))
        {
            SkipMultiLineString();
            Add(owner, key, TomlValueKind.MultiLineString, start, pos - start, text[start..pos], false, line, []);
        }
        else if (text[pos] is '"' or '\'')
        {
            var (value, escaped) = ReadString();
            Add(owner, key, TomlValueKind.String, start + 1, pos - start - 2, value, escaped, line, []);
        }
        else if (text[pos] == '[')
        {
            var elements = new List<TomlArrayString>();
            var strings = ReadArray(elements);
            entries.Add(new TomlEntry(owner, key, inArrayOfTables, TomlValueKind.Array, start, pos - start, text[start..pos], false, line, strings) { StringElements = elements });
        }
        else if (text[pos] == '{')
        {
            ReadInlineTable(owner, key);
            Add(owner, key, TomlValueKind.InlineTable, start, pos - start, text[start..pos], false, line, []);
        }
        else
        {
            SkipScalar();

            // A local date-time may separate date and time with a space: 1979-05-27 07:32:00.
            if (pos - start == 10 && text[start + 4] == '-' && pos + 1 < text.Length && text[pos] == ' ' && char.IsAsciiDigit(text[pos + 1]))
            {
                pos++;
                SkipScalar();
            }

            var raw = text[start..pos];
            Add(owner, key, TomlValueKind.Other, start, raw.Length, raw, false, line, []);
        }
    }

    private void SkipScalar()
    {
        while (pos < text.Length && text[pos] is not (',' or ']' or '}' or '#' or '\n' or '\r' or ' ' or '\t'))
        {
            pos++;
        }
    }

    private void Add(IReadOnlyList<string> owner, IReadOnlyList<string> key, TomlValueKind kind, int start, int length, string value, bool escaped, int line, IReadOnlyList<string> strings) =>
        entries.Add(new TomlEntry(owner, key, inArrayOfTables, kind, start, length, value, escaped, line, strings));

    private List<string> ReadArray(List<TomlArrayString>? elements = null)
    {
        var strings = new List<string>();
        pos++;
        while (true)
        {
            SkipBlankAndComments(allowNewlines: true);
            if (pos >= text.Length)
            {
                throw Error("an array is not closed with ']'");
            }

            if (text[pos] == ']')
            {
                pos++;
                return strings;
            }

            if (At("\"\"\"") || At("'''"))
            {
                SkipMultiLineString();
            }
            else if (text[pos] is '"' or '\'')
            {
                var start = pos;
                var (value, escaped) = ReadString();
                strings.Add(value);
                elements?.Add(new TomlArrayString(start + 1, pos - start - 2, value, escaped, lines.LineOf(start)));
            }
            else if (text[pos] == '[')
            {
                ReadArray();
            }
            else if (text[pos] == '{')
            {
                ReadInlineTable(table, []);
            }
            else
            {
                var start = pos;
                while (pos < text.Length && text[pos] is not (',' or ']' or '#' or '\n' or '\r' or ' ' or '\t'))
                {
                    pos++;
                }

                if (pos == start)
                {
                    throw Error($"unexpected '{text[pos]}' in an array");
                }
            }

            SkipBlankAndComments(allowNewlines: true);
            if (pos < text.Length && text[pos] == ',')
            {
                pos++;
            }
            else if (pos < text.Length && text[pos] != ']')
            {
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private void ReadInlineTable(IReadOnlyList<string> owner, IReadOnlyList<string> key)
    {
        pos++;
        SkipSpaces();
        if (pos < text.Length && text[pos] == '}')
        {
            pos++;
            return;
        }

        while (true)
        {
            SkipSpaces();
            ReadKeyValue(owner, key);
            SkipSpaces();
            if (pos < text.Length && text[pos] == ',')
            {
                pos++;
                continue;
            }

            if (pos < text.Length && text[pos] == '}')
            {
                pos++;
                return;
            }

            throw Error("expected ',' or '}' in an inline table");
        }
    }

    private List<string> ReadKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipSpaces();
            if (pos < text.Length && text[pos] is '"' or '\'')
            {
                parts.Add(ReadString().Value);
            }
            else
            {
                var start = pos;
                while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '-'))
                {
                    pos++;
                }

                if (pos == start)
                {
                    throw Error(pos < text.Length ? $"unexpected '{text[pos]}' where a key was expected" : "a key was expected");
                }

                parts.Add(text[start..pos]);
            }

            SkipSpaces();
            if (pos < text.Length && text[pos] == '.')
            {
                pos++;
                continue;
            }

            return parts;
        }
    }

    /// <summary>Reads a one-line string at <see cref="pos"/>, leaving <see cref="pos"/> after its closing quote.</summary>
    private (string Value, bool Escaped) ReadString()
    {
        var quote = text[pos];
        var builder = new StringBuilder();
        var escaped = false;
        pos++;
        while (pos < text.Length && text[pos] != quote)
        {
            if (text[pos] is '\n' or '\r')
            {
                throw Error("a string is not closed on its line");
            }

            if (quote == '"' && text[pos] == '\\' && pos + 1 < text.Length)
            {
                escaped = true;
                builder.Append(text[pos + 1] switch { 'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', var c => c });
                pos += 2;
                continue;
            }

            builder.Append(text[pos]);
            pos++;
        }

        if (pos >= text.Length)
        {
            throw Error("a string is not closed");
        }

        pos++;
        return (builder.ToString(), escaped);
    }

    private void SkipMultiLineString()
    {
        var delimiter = text.Substring(pos, 3);
        var startLine = lines.LineOf(pos);
        pos += 3;
        while (pos < text.Length)
        {
            if (delimiter[0] == '"' && text[pos] == '\\')
            {
                pos += 2;
                continue;
            }

            if (At(delimiter))
            {
                pos += 3;

                // Up to two quotes right before the closing delimiter belong to the content.
                while (pos < text.Length && text[pos] == delimiter[0])
                {
                    pos++;
                }

                return;
            }

            pos++;
        }

        throw Messages.TomlStringNotClosed(path, startLine, delimiter);
    }

    private void EndOfLine()
    {
        SkipSpaces();
        if (pos < text.Length && text[pos] == '#')
        {
            SkipComment();
        }

        if (pos < text.Length && text[pos] is not ('\n' or '\r'))
        {
            throw Error($"unexpected '{text[pos]}' after a value; one key or table per line");
        }
    }

    private void SkipBlankAndComments(bool allowNewlines)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' || (allowNewlines && c is '\n' or '\r'))
            {
                pos++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        while (pos < text.Length && text[pos] != '\n')
        {
            pos++;
        }
    }

    private void SkipSpaces()
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }
    }

    private bool At(string token) => string.CompareOrdinal(text, pos, token, 0, token.Length) == 0;

    private StewardException Error(string reason) => LocatorErrors.Malformed(path, lines.LineOf(Math.Min(pos, text.Length)), "TOML", reason);
}
