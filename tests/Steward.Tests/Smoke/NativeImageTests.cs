using Steward.Tests.Support;

namespace Steward.Tests.Smoke;

/// <summary>
/// The native binary keeps the link settings its start-up depends on (src/Steward/Steward.csproj, bench/native.md):
/// linked at a fixed address, so its type data needs no relocation at start. Dropping the switch triples the start-up
/// of every run without failing anything else; this fails instead. Checked only where .ci/run hands the smoke set the
/// native build; the JIT build has no image of its own to check.
/// </summary>
[Trait("Category", "Smoke")]
public sealed class NativeImageTests
{
    private const ushort ElfExecutable = 2; // ET_EXEC; a position-independent executable is ET_DYN (3)

    [Fact]
    public void The_native_binary_is_linked_at_a_fixed_address()
    {
        var binary = Environment.GetEnvironmentVariable(ProcessRunner.BinaryVariable);
        if (string.IsNullOrEmpty(binary))
        {
            return;
        }

        using var stream = File.OpenRead(binary);
        var header = new byte[18];
        stream.ReadExactly(header);
        header[..4].Should().Equal([0x7f, (byte)'E', (byte)'L', (byte)'F'], "the native build is an ELF executable");
        BitConverter.ToUInt16(header, 16).Should().Be(ElfExecutable, "a PIE image relocates its type data at every start");
    }
}
