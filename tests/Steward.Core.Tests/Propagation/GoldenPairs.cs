using System.Runtime.CompilerServices;
using System.Text;

namespace Steward.Core.Tests.Propagation;

/// <summary>
/// Golden input/output pairs under Golden/Propagate/CASE/: the input file (named as Steward detects it) and
/// FILE.expected, compared byte for byte. STEWARD_UPDATE_GOLDEN=1 rewrites the expected files for review.
/// </summary>
public static class GoldenPairs
{
    public static string Directory([CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Golden", "Propagate");

    public static IEnumerable<object[]> Cases() =>
        System.IO.Directory.EnumerateDirectories(Directory()).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(c => (string)c[0], StringComparer.Ordinal);

    public static string InputPath(string caseName) =>
        System.IO.Directory.EnumerateFiles(Path.Combine(Directory(), caseName)).Single(f => !f.EndsWith(".expected", StringComparison.Ordinal));

    /// <summary>Decodes like the tool: a UTF-8 BOM is set aside and put back on writing.</summary>
    public static (string Text, bool Bom) Decode(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        return (new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)), bom);
    }

    public static byte[] Encode(string text, bool bom)
    {
        var body = new UTF8Encoding(false).GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    public static void AssertBytes(string expectedPath, byte[] actual)
    {
        if (System.Environment.GetEnvironmentVariable("STEWARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(expectedPath, actual);
            return;
        }

        File.Exists(expectedPath).Should().BeTrue($"golden file {expectedPath} exists (run with STEWARD_UPDATE_GOLDEN=1 to create it)");
        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(File.ReadAllBytes(expectedPath)));
        actual.Should().Equal(File.ReadAllBytes(expectedPath), "the bytes match the golden file, BOM and line endings included");
    }
}
