using BackCareRoller.Core.Samples;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;

namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>
/// One open GATT session with a roller sensor, delivering IMU data as BackCareRoller protocol packets (SPEC.md
/// section 4) whatever the device speaks, so one reassembler handles every kind.
/// </summary>
internal interface IRollerChannel : IAsyncDisposable
{
    /// <summary>Raised for every IMU packet, on the Bluetooth receive thread; the span is valid only during the call.</summary>
    event PacketHandler? PacketReceived;

    /// <summary>Gets the kind of device.</summary>
    RollerKind Kind { get; }

    /// <summary>Gets how the sensor's frame relates to the roller.</summary>
    RollerMount Mount { get; }

    /// <summary>Gets the device's configuration (rate and scales) the packets are to be read with.</summary>
    DeviceConfiguration Configuration { get; }

    /// <summary>Gets the battery level in percent, if the device reports one.</summary>
    byte? BatteryPercent { get; }

    /// <summary>Starts the IMU stream.</summary>
    Task StartStreamingAsync(CancellationToken cancellationToken);

    /// <summary>Plays a haptic pattern; returns false when the device has no motor.</summary>
    Task<bool> PulseAsync(HapticPattern pattern, CancellationToken cancellationToken);
}
