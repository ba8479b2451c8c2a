using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Steward.Configuration;

/// <summary>
/// Finds a key written twice in one mapping of a YAML document. YAML forbids it, but readers disagree on what it
/// means (YamlDotNet keeps the last one, others the first or fail): a contributor could hide a second
/// <c>changelog.file</c> below the one a reviewer reads. Kept apart from <see cref="ConfigLoader"/> so the check
/// survives a change of YAML library: it needs only the parser's events.
/// </summary>
internal static class YamlDuplicateKeys
{
    /// <summary>The first key written twice, with the lines of both; null when there is none or the YAML is malformed.</summary>
    public static (string Key, int FirstLine, int SecondLine)? Find(string yaml)
    {
        var frames = new Stack<Frame>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar scalar:
                        if (frames.TryPeek(out var top) && top.Keys is not null && top.ExpectingKey)
                        {
                            if (top.Keys.TryGetValue(scalar.Value, out var first))
                            {
                                return (scalar.Value, first, (int)scalar.Start.Line);
                            }

                            top.Keys[scalar.Value] = (int)scalar.Start.Line;
                        }

                        Completed(frames);
                        break;
                    case AnchorAlias:
                        Completed(frames);
                        break;
                    case MappingStart:
                        frames.Push(new Frame(new Dictionary<string, int>(StringComparer.Ordinal)));
                        break;
                    case SequenceStart:
                        frames.Push(new Frame(null));
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.Pop();
                        Completed(frames);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Malformed YAML: the deserializer reports it, with its line.
        }

        return null;
    }

    /// <summary>A node of the enclosing mapping is complete: a key is followed by its value, a value by the next key.</summary>
    private static void Completed(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var top) && top.Keys is not null)
        {
            top.ExpectingKey = !top.ExpectingKey;
        }
    }

    private sealed class Frame(Dictionary<string, int>? keys)
    {
        public Dictionary<string, int>? Keys { get; } = keys;

        public bool ExpectingKey { get; set; } = true;
    }
}
