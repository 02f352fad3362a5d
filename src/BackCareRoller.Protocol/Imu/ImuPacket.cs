using System.Buffers.Binary;

namespace BackCareRoller.Protocol.Imu;

/// <summary>
/// A decoded IMU data packet (SPEC.md section 4): a view over the notification's bytes, so decoding copies and
/// allocates nothing; read the samples with <see cref="GetSample"/> before the buffer is reused.
/// </summary>
public readonly ref struct ImuPacket
{
    private readonly ReadOnlySpan<byte> _samples;

    private ImuPacket(int version, ImuPacketFlags flags, ushort sequence, uint timestampMicroseconds, int sampleCount, ReadOnlySpan<byte> samples)
    {
        Version = version;
        Flags = flags;
        Sequence = sequence;
        TimestampMicroseconds = timestampMicroseconds;
        SampleCount = sampleCount;
        _samples = samples;
    }

    /// <summary>Gets the protocol major version read from the packet (only <see cref="PacketLayout.ProtocolVersionMajor"/> decodes).</summary>
    public int Version { get; }

    /// <summary>Gets the packet flags, including bits a later minor version defines.</summary>
    public ImuPacketFlags Flags { get; }

    /// <summary>Gets the packet sequence number: packets since streaming started, wrapping 65535 → 0.</summary>
    public ushort Sequence { get; }

    /// <summary>Gets the device clock in µs when the first sample was taken; wraps every 2³² µs (71.6 min).</summary>
    public uint TimestampMicroseconds { get; }

    /// <summary>Gets the number of samples, 1 to <see cref="PacketLayout.ImuMaxSamples"/>.</summary>
    public int SampleCount { get; }

    /// <summary>Gets a value indicating whether flags outside <see cref="PacketLayout.ImuKnownFlagsMask"/> are set.</summary>
    public bool HasUnknownFlags => ((int)Flags & ~PacketLayout.ImuKnownFlagsMask) != 0;

    /// <summary>Returns sample <paramref name="index"/>, taken <paramref name="index"/> sample periods after the first.</summary>
    /// <param name="index">Zero-based sample index.</param>
    /// <returns>The raw sample.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="SampleCount"/>.</exception>
    public RawImuSample GetSample(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)SampleCount, nameof(index));
        return RawImuSample.Read(_samples.Slice(index * PacketLayout.ImuSampleSize, PacketLayout.ImuSampleSize));
    }

    /// <summary>Number of bytes of a packet holding <paramref name="sampleCount"/> samples.</summary>
    /// <param name="sampleCount">Samples in the packet.</param>
    /// <returns>The size in bytes.</returns>
    public static int PacketSize(int sampleCount) => PacketLayout.ImuHeaderSize + (sampleCount * PacketLayout.ImuSampleSize);

    /// <summary>Samples that fit one notification at a negotiated ATT MTU (1 at the default MTU of 23, at most 15).</summary>
    /// <param name="attMtu">Negotiated ATT MTU in bytes.</param>
    /// <returns>Samples per packet; 0 if not even one fits.</returns>
    public static int SamplesForMtu(int attMtu)
    {
        var payload = attMtu - PacketLayout.AttNotificationOverhead - PacketLayout.ImuHeaderSize;
        return payload < PacketLayout.ImuSampleSize ? 0 : Math.Min(PacketLayout.ImuMaxSamples, payload / PacketLayout.ImuSampleSize);
    }

    /// <summary>Decodes an IMU data packet without copying or allocating.</summary>
    /// <param name="packet">The notification value.</param>
    /// <param name="result">The packet when the status is <see cref="DecodeStatus.Ok"/>; otherwise default (no samples).</param>
    /// <returns>
    /// <see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.TooShort"/> (under 8 bytes),
    /// <see cref="DecodeStatus.UnsupportedVersion"/>, <see cref="DecodeStatus.InvalidSampleCount"/> (0 samples),
    /// <see cref="DecodeStatus.Truncated"/> or <see cref="DecodeStatus.TrailingBytes"/> (length differs from the count).
    /// </returns>
    public static DecodeStatus TryDecode(ReadOnlySpan<byte> packet, out ImuPacket result)
    {
        result = default;
        if (packet.Length < PacketLayout.ImuHeaderSize)
        {
            return DecodeStatus.TooShort;
        }

        // The version comes before the length checks: a packet of another major may have any size.
        var versionCount = packet[PacketLayout.ImuOffsetVersionCount];
        var version = versionCount >> PacketLayout.ImuVersionShift;
        if (version != PacketLayout.ProtocolVersionMajor)
        {
            return DecodeStatus.UnsupportedVersion;
        }

        var sampleCount = versionCount & PacketLayout.ImuCountMask;
        if (sampleCount == 0)
        {
            return DecodeStatus.InvalidSampleCount;
        }

        var size = PacketSize(sampleCount);
        if (packet.Length != size)
        {
            return packet.Length < size ? DecodeStatus.Truncated : DecodeStatus.TrailingBytes;
        }

        result = new ImuPacket(
            version,
            (ImuPacketFlags)packet[PacketLayout.ImuOffsetFlags],
            BinaryPrimitives.ReadUInt16LittleEndian(packet[PacketLayout.ImuOffsetSequence..]),
            BinaryPrimitives.ReadUInt32LittleEndian(packet[PacketLayout.ImuOffsetTimestamp..]),
            sampleCount,
            packet[PacketLayout.ImuOffsetSamples..]);
        return DecodeStatus.Ok;
    }

    /// <summary>Encodes an IMU data packet (used by simulated rollers and tests).</summary>
    /// <param name="flags">Packet flags.</param>
    /// <param name="sequence">Packet sequence number.</param>
    /// <param name="timestampMicroseconds">Device clock in µs of the first sample.</param>
    /// <param name="samples">1 to <see cref="PacketLayout.ImuMaxSamples"/> samples.</param>
    /// <param name="destination">Where the packet is written.</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns><see langword="false"/> if the sample count is out of range or <paramref name="destination"/> is too small.</returns>
    public static bool TryWrite(
        ImuPacketFlags flags,
        ushort sequence,
        uint timestampMicroseconds,
        ReadOnlySpan<RawImuSample> samples,
        Span<byte> destination,
        out int written)
    {
        written = 0;
        if (samples.IsEmpty || samples.Length > PacketLayout.ImuMaxSamples)
        {
            return false;
        }

        var size = PacketSize(samples.Length);
        if (destination.Length < size)
        {
            return false;
        }

        destination[PacketLayout.ImuOffsetVersionCount] = (byte)((PacketLayout.ProtocolVersionMajor << PacketLayout.ImuVersionShift) | samples.Length);
        destination[PacketLayout.ImuOffsetFlags] = (byte)flags;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.ImuOffsetSequence..], sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[PacketLayout.ImuOffsetTimestamp..], timestampMicroseconds);
        for (var index = 0; index < samples.Length; index++)
        {
            samples[index].Write(destination.Slice(PacketLayout.ImuOffsetSamples + (index * PacketLayout.ImuSampleSize), PacketLayout.ImuSampleSize));
        }

        written = size;
        return true;
    }
}
