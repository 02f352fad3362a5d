using System.Diagnostics.CodeAnalysis;

namespace BackCareRoller.Protocol.Imu;

/// <summary>Flags of an IMU data packet (<c>BCR_IMU_FLAG_*</c>). Bits not defined here are kept and ignored.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the flags byte of SPEC.md and bcr_protocol.h.")]
public enum ImuPacketFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>First packet after streaming (re)started; its sequence number is 0.</summary>
    StreamStart = 0x01,

    /// <summary>The device dropped samples just before this packet's first one (its FIFO or queue overflowed).</summary>
    Overrun = 0x02,

    /// <summary>At least one value in this packet is at its full-scale limit, so it may be clipped.</summary>
    Saturated = 0x04,
}
