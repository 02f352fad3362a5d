using BackCareRoller.Sources.Ble.Bluetooth;
using BackCareRoller.Sources.Ble.Thingy;

namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>Opens the right channel for a connected device, by the services it offers.</summary>
internal static class RollerChannels
{
    public static async Task<IRollerChannel> OpenAsync(IBluetoothDevice device, int thingySampleRateHz, TimeProvider time, Func<TimeSpan> clock, CancellationToken cancellationToken)
    {
        if (await device.Gatt.GetPrimaryServiceAsync(RollerGatt.Service, cancellationToken).ConfigureAwait(false) is { } roller)
        {
            return await BcrRollerChannel.OpenAsync(device, roller, time, cancellationToken).ConfigureAwait(false);
        }

        if (await device.Gatt.GetPrimaryServiceAsync(ThingyGatt.MotionService, cancellationToken).ConfigureAwait(false) is { } motion)
        {
            return await ThingyChannel.OpenAsync(device, motion, thingySampleRateHz, clock, cancellationToken).ConfigureAwait(false);
        }

        throw new RollerException($"{device.Name ?? device.Id} is neither a BackCareRoller nor a Thingy:52 (it has neither's GATT service).") { IsPermanent = true };
    }
}
