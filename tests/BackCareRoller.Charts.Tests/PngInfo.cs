using System.Buffers.Binary;

namespace BackCareRoller.Charts.Tests;

/// <summary>Reads a PNG's size from its IHDR chunk (PNG spec, section 11.2.2), to check what was rendered.</summary>
internal static class PngInfo
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.Length > 33, "Too short to be a PNG.");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
