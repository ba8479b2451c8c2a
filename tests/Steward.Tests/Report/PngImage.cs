using System.Buffers.Binary;
using System.IO.Compression;

namespace Steward.Tests.Report;

/// <summary>
/// Just enough of PNG to tell a screenshot with content from a blank one: the size from IHDR and the decompressed
/// scanlines of the IDAT chunks.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte[] Scanlines)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(byte[] file)
    {
        if (file.Length < 33 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var body = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, inflated.ToArray());
    }

    /// <summary>How many different byte values the scanlines hold: a blank page has a handful, a drawn one many.</summary>
    public int DistinctBytes => Scanlines.Distinct().Count();
}
