using System.Xml;

namespace Steward.Core.Propagation.Formats;

/// <summary>
/// Finds the text of elements by their path from the root (local names, so a namespaced <c>pom.xml</c> matches) with
/// <see cref="XmlReader"/>, whose line and column point at the text in the original file. Only exact paths match:
/// <c>project.version</c> is never <c>project.parent.version</c>.
/// </summary>
public static class XmlValueFinder
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = false,
        IgnoreWhitespace = false,
    };

    public static IReadOnlyList<FoundValue> Find(string path, string text, IReadOnlyList<string> elementPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(elementPath);
        var lines = new LineIndex(text);
        var found = new List<FoundValue>();
        Walk(path, text, elementPath, (reader, info, matches) =>
        {
            if (!matches)
            {
                return false;
            }

            if (reader.IsEmptyElement)
            {
                found.Add(new FoundValue(0, 0, string.Empty, info.LineNumber, false, "is an empty element (write it with an end tag)"));
                return false;
            }

            found.Add(ReadText(reader, info, text, lines, info.LineNumber));
            return true;
        });
        return found;
    }

    /// <summary>
    /// The attribute <paramref name="valueAttribute"/> of every element at <paramref name="elementPath"/> whose attribute
    /// <paramref name="matchAttribute"/> satisfies <paramref name="matches"/>: a csproj's
    /// <c>&lt;PackageReference Include="Core" Version="2.1.0" /&gt;</c>.
    /// </summary>
    public static IReadOnlyList<FoundValue> FindAttribute(
        string path, string text, IReadOnlyList<string> elementPath, string matchAttribute, Func<string, bool> matches, string valueAttribute)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(elementPath);
        ArgumentNullException.ThrowIfNull(matches);
        var lines = new LineIndex(text);
        var found = new List<FoundValue>();
        Walk(path, text, elementPath, (reader, info, atPath) =>
        {
            if (atPath && reader.GetAttribute(matchAttribute) is { } key && matches(key) && reader.MoveToAttribute(valueAttribute))
            {
                found.Add(AttributeValue(text, lines, reader.Value, lines.OffsetOf(info.LineNumber, info.LinePosition)));
                reader.MoveToElement();
            }

            return false;
        });
        return found;
    }

    /// <summary>
    /// Reads every element of <paramref name="text"/> with its path from the root (local names) and hands each start tag
    /// to <paramref name="visit"/> with whether its path is <paramref name="elementPath"/>; a visit that returns true has
    /// read the element through its end tag. Malformed XML is one line naming the file and the line.
    /// </summary>
    private static void Walk(string path, string text, IReadOnlyList<string> elementPath, Func<XmlReader, IXmlLineInfo, bool, bool> visit)
    {
        var stack = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                stack.Add(reader.LocalName);
                var empty = reader.IsEmptyElement;
                if (visit(reader, info, stack.SequenceEqual(elementPath, StringComparer.Ordinal)) || empty)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }
        catch (XmlException e)
        {
            throw LocatorErrors.Malformed(path, e.LineNumber, "XML", e.Message.Split(" Line ")[0].TrimEnd('.', ','));
        }
    }

    /// <summary>An attribute's value, found in the text from its name: past the '=' and the opening quote.</summary>
    private static FoundValue AttributeValue(string text, LineIndex lines, string value, int nameOffset)
    {
        var at = text.IndexOf('=', nameOffset) + 1;
        while (at > 0 && at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var start = at + 1;
        var line = lines.LineOf(nameOffset);
        if (at <= 0 || at >= text.Length || text[at] is not ('"' or '\'') || start + value.Length > text.Length
            || string.CompareOrdinal(text, start, value, 0, value.Length) != 0 || (start + value.Length < text.Length && text[start + value.Length] != text[at]))
        {
            return new FoundValue(Math.Max(start, 0), 0, value, line, false, "uses XML escapes");
        }

        return new FoundValue(start, value.Length, value, line, true);
    }

    /// <summary>Reads the element's content; leaves the reader on its end tag.</summary>
    private static FoundValue ReadText(XmlReader reader, IXmlLineInfo info, string text, LineIndex lines, int line)
    {
        reader.Read();
        if (reader.NodeType == XmlNodeType.EndElement)
        {
            // <VersionSuffix></VersionSuffix>: an empty slot just before "</".
            var offset = lines.OffsetOf(info.LineNumber, info.LinePosition) - 2;
            return new FoundValue(offset, 0, string.Empty, line, true);
        }

        if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
        {
            SkipToEnd(reader);
            return new FoundValue(0, 0, string.Empty, line, false, "holds more than plain text");
        }

        var start = lines.OffsetOf(info.LineNumber, info.LinePosition);
        var value = reader.Value.Trim();
        reader.Read();
        var mixed = reader.NodeType != XmlNodeType.EndElement;
        if (mixed)
        {
            SkipToEnd(reader);
        }

        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (mixed || start + value.Length > text.Length || string.CompareOrdinal(text, start, value, 0, value.Length) != 0)
        {
            return new FoundValue(start, 0, value, lines.LineOf(start), false, mixed ? "holds more than plain text" : "uses XML escapes");
        }

        return new FoundValue(start, value.Length, value, lines.LineOf(start), true);
    }

    private static void SkipToEnd(XmlReader reader)
    {
        var depth = 0;
        while (reader.NodeType != XmlNodeType.EndElement || depth > 0)
        {
            if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
            {
                depth++;
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                depth--;
            }

            reader.Read();
        }
    }
}
