using System.Globalization;
using System.Text;
using Steward.Core.Errors;

namespace Steward.Core.Artifacts.Formats;

/// <summary>
/// A deliberately narrow TOML reader for lock files (Cargo.lock, poetry.lock, uv.lock): it splits the file into
/// tables, reads string values exactly (basic, literal and multi-line strings with escapes) and keeps every other
/// value (arrays, inline tables, numbers, booleans, spanning lines or not) as raw text. That is all the SBOM needs;
/// it is not a general TOML parser (no dotted keys into sub-tables, no dates as values) and says so when it meets
/// what it cannot read. Why not Tomlyn: docs/dependencies.md.
/// </summary>
public sealed class TomlLockReader
{
    private readonly string displayPath;
    private readonly string text;
    private int position;
    private int line = 1;

    private TomlLockReader(string displayPath, string text)
    {
        this.displayPath = displayPath;
        this.text = text.TrimStart('\uFEFF');
    }

    public static IReadOnlyList<TomlLockTable> Read(string displayPath, string text) => new TomlLockReader(displayPath, text).ReadTables();

    private List<TomlLockTable> ReadTables()
    {
        var current = new TomlLockTable(string.Empty, isArrayItem: false, line: 1);
        var tables = new List<TomlLockTable> { current };
        while (true)
        {
            SkipBlankAndComments();
            if (position >= text.Length)
            {
                return tables;
            }

            if (text[position] == '[')
            {
                current = ReadHeader();
                tables.Add(current);
            }
            else
            {
                var keyLine = line;
                var key = ReadKey();
                SkipSpaces();
                Expect('=', "'=' after the key");
                SkipSpaces();
                var (raw, str) = ReadValue();
                current.Values[key] = new TomlLockValue(raw, str, keyLine);
            }

            SkipSpaces();
            if (position < text.Length && text[position] == '#')
            {
                SkipToEndOfLine();
            }

            if (position < text.Length && text[position] is not ('\n' or '\r'))
            {
                throw Error($"unexpected '{text[position]}' after the value; one key or table header per line");
            }
        }
    }

    private TomlLockTable ReadHeader()
    {
        var headerLine = line;
        var isArray = position + 1 < text.Length && text[position + 1] == '[';
        position += isArray ? 2 : 1;
        var end = text.IndexOf(isArray ? "]]" : "]", position, StringComparison.Ordinal);
        var newline = text.IndexOf('\n', position);
        if (end < 0 || (newline >= 0 && newline < end))
        {
            throw Error("table header is not closed with ']'");
        }

        var name = text[position..end].Trim();
        if (name.Length == 0)
        {
            throw Error("table header has no name");
        }

        position = end + (isArray ? 2 : 1);
        return new TomlLockTable(name, isArray, headerLine);
    }

    private string ReadKey()
    {
        if (text[position] is '"' or '\'')
        {
            return ReadString().Value;
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_' or '.'))
        {
            position++;
        }

        if (position == start)
        {
            throw Error($"expected a key, found '{text[position]}'");
        }

        return text[start..position];
    }

    private (string Raw, string? String) ReadValue()
    {
        if (position >= text.Length || text[position] is '\n' or '\r')
        {
            throw Error("the key has no value");
        }

        var start = position;
        if (text[position] is '"' or '\'')
        {
            var value = ReadString().Value;
            return (text[start..position], value);
        }

        if (text[position] is '[' or '{')
        {
            SkipBracketed();
            return (text[start..position], null);
        }

        while (position < text.Length && text[position] is not ('\n' or '\r' or '#' or ' ' or '\t'))
        {
            position++;
        }

        return (text[start..position], null);
    }

    /// <summary>Skips an array or inline table, however many lines it spans, minding strings and comments inside.</summary>
    private void SkipBracketed()
    {
        var startLine = line;
        var depth = 0;
        do
        {
            if (position >= text.Length)
            {
                line = startLine;
                throw Error("array or inline table is not closed");
            }

            var c = text[position];
            switch (c)
            {
                case '"' or '\'':
                    ReadString();
                    continue;
                case '#':
                    SkipToEndOfLine();
                    continue;
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    depth--;
                    break;
                case '\n':
                    line++;
                    break;
                default:
                    break;
            }

            position++;
        }
        while (depth > 0);
    }

    private (string Value, bool Multiline) ReadString()
    {
        var quote = text[position];
        var multiline = string.CompareOrdinal(text, position, new string(quote, 3), 0, 3) == 0;
        var startLine = line;
        position += multiline ? 3 : 1;
        if (multiline && position < text.Length && text[position] == '\n')
        {
            position++;
            line++;
        }

        var value = new StringBuilder();
        while (true)
        {
            if (position >= text.Length || (!multiline && text[position] == '\n'))
            {
                line = startLine;
                throw Error("string is not closed");
            }

            var c = text[position];
            if (c == quote && (!multiline || string.CompareOrdinal(text, position, new string(quote, 3), 0, 3) == 0))
            {
                position += multiline ? 3 : 1;
                return (value.ToString(), multiline);
            }

            if (c == '\\' && quote == '"')
            {
                position++;
                value.Append(ReadEscape());
                continue;
            }

            if (c == '\n')
            {
                line++;
            }

            value.Append(c);
            position++;
        }
    }

    private string ReadEscape()
    {
        if (position >= text.Length)
        {
            throw Error("string ends inside an escape");
        }

        var c = text[position++];
        switch (c)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u' or 'U':
                var length = c == 'u' ? 4 : 8;
                if (position + length > text.Length
                    || !int.TryParse(text.AsSpan(position, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    || code > 0x10FFFF)
                {
                    throw Error($"bad \\{c} escape in a string");
                }

                position += length;
                return char.ConvertFromUtf32(code);
            case '\n' or '\r' or ' ' or '\t':
                // A line-ending backslash in a multi-line string joins the lines, dropping the whitespace after it.
                position--;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    if (text[position] == '\n')
                    {
                        line++;
                    }

                    position++;
                }

                return string.Empty;
            default:
                throw Error($"unknown escape \\{c} in a string");
        }
    }

    private void SkipBlankAndComments()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\n')
            {
                line++;
                position++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                position++;
            }
            else if (c == '#')
            {
                SkipToEndOfLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipSpaces()
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }

    private void SkipToEndOfLine()
    {
        while (position < text.Length && text[position] != '\n')
        {
            position++;
        }
    }

    private void Expect(char expected, string what)
    {
        if (position >= text.Length || text[position] != expected)
        {
            throw Error($"expected {what}");
        }

        position++;
    }

    private StewardException Error(string reason) =>
        Messages.NotValidTomlLock(displayPath, line, reason);
}
