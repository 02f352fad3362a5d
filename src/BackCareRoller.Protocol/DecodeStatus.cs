namespace BackCareRoller.Protocol;

/// <summary>Outcome of decoding a characteristic value; the same codes as <c>BcrDecodeStatus</c> in <c>bcr_protocol.h</c>.</summary>
/// <remarks>A malformed value is a status to count and log, never an exception (STYLE.md section 6).</remarks>
public enum DecodeStatus
{
    /// <summary>The value decoded; every field is within its range.</summary>
    Ok = 0,

    /// <summary>Fewer bytes than the fixed part of the value.</summary>
    TooShort = 1,

    /// <summary>The protocol major version is not <see cref="PacketLayout.ProtocolVersionMajor"/>.</summary>
    UnsupportedVersion = 2,

    /// <summary>An IMU packet declares zero samples.</summary>
    InvalidSampleCount = 3,

    /// <summary>An IMU packet has fewer bytes than its sample count needs.</summary>
    Truncated = 4,

    /// <summary>More bytes than the value may have.</summary>
    TrailingBytes = 5,

    /// <summary>A command opcode or response code that is not defined.</summary>
    UnknownOpcode = 6,

    /// <summary>A field is outside its valid range (SPEC.md).</summary>
    InvalidValue = 7,
}
