namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A device whose stack already reads the standard Battery service for us (BlueZ's org.bluez.Battery1).</summary>
internal interface IReportsBattery
{
    /// <summary>Gets the battery level in percent, if known.</summary>
    byte? BatteryPercentage { get; }
}
