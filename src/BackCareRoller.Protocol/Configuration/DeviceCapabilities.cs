namespace BackCareRoller.Protocol.Configuration;

/// <summary>What the roller's hardware can do (<c>BCR_CAPABILITY_*</c>).</summary>
[Flags]
public enum DeviceCapabilities : byte
{
    /// <summary>No optional hardware.</summary>
    None = 0,

    /// <summary>A vibration motor answers the haptic pulse command, so alerts can buzz on the roller itself.</summary>
    Haptic = 0x01,

    /// <summary>The status flags report charging and external power.</summary>
    Charger = 0x02,

    /// <summary>An LED answers the identify command (without it the motor does).</summary>
    IdentifyLed = 0x04,
}
