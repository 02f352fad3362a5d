namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A notified or indicated characteristic value.</summary>
/// <param name="value">The new value; owned by the receiver.</param>
public sealed class GattCharacteristicValueChangedEventArgs(byte[] value) : EventArgs
{
    /// <summary>Gets the new value.</summary>
    public byte[] Value { get; } = value;
}
