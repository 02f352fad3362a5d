using System.Diagnostics.CodeAnalysis;

namespace BackCareRoller.Protocol.Status;

/// <summary>Flags of the status characteristic (<c>BCR_STATUS_FLAG_*</c>). Bits not defined here are kept and ignored.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the flags byte of SPEC.md and bcr_protocol.h.")]
public enum DeviceStatusFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The battery is charging.</summary>
    Charging = 0x01,

    /// <summary>External power is connected.</summary>
    ExternalPower = 0x02,

    /// <summary>The IMU has a fault; set exactly when the fault code is not <see cref="SensorFault.None"/>.</summary>
    SensorFault = 0x04,

    /// <summary>Dropped samples grew since the previous status value.</summary>
    Overrun = 0x08,

    /// <summary>IMU packets are being notified.</summary>
    Streaming = 0x10,

    /// <summary>The battery is below 15 % (or the device's own threshold).</summary>
    LowBattery = 0x20,

    /// <summary>A zero-gyro command is running; keep the roller still.</summary>
    Zeroing = 0x40,
}
