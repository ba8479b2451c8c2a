using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Errors;
using Steward.Core.Propagation;

namespace Steward.Core.Tests.Propagation;

/// <summary>
/// Every way in takes bad input: a golden input cut, spliced or sprinkled with syntax characters either scans or fails
/// with a StewardException (one line for the user), never with another exception.
/// </summary>
public sealed class BadInputProperties
{
    private static readonly char[] Noise = ['"', '\'', '[', ']', '{', '}', '<', '>', '/', '\\', '=', ':', '#', '\n', '\r', ' ', '\t', '-', '.', ',', '&', '`', '$', '*', '!', '?', 'x', '0'];

    [Fact]
    public void Mutated_inputs_scan_or_fail_with_a_steward_error()
    {
        var inputs = GoldenPairs.Cases()
            .Select(c => GoldenPairs.InputPath((string)c[0]))
            .Select(p => (Name: Path.GetFileName(p), Text: GoldenPairs.Decode(File.ReadAllBytes(p)).Text))
            .ToArray();
        var mutations =
            from input in Gen.Elements(inputs)
            from edits in Gen.ListOf(
                from at in Gen.Choose(0, 10_000)
                from cut in Gen.Choose(0, 6)
                from insert in Gen.ArrayOf(Gen.Elements(Noise))
                select (at, cut, insert))
            select (input.Name, Text: Mutate(input.Text, edits));

        Prop.ForAll(mutations.ToArbitrary(), mutated =>
        {
            try
            {
                Propagator.Scan(mutated.Name, mutated.Text, [DetectedTargets.For(mutated.Name)!]);
            }
            catch (StewardException e) when (e.Kind == FailureKind.InvalidInput && !e.Message.Contains('\n', StringComparison.Ordinal))
            {
                // The expected way to refuse a broken file.
            }
        }).QuickCheckThrowOnFailure();
    }

    private static string Mutate(string text, IEnumerable<(int At, int Cut, char[] Insert)> edits)
    {
        foreach (var (at, cut, insert) in edits)
        {
            var position = text.Length == 0 ? 0 : at % (text.Length + 1);
            var length = Math.Min(cut, text.Length - position);
            text = text.Remove(position, length).Insert(position, new string(insert));
        }

        return text;
    }
}
