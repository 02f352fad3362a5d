namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>What a characteristic supports (Bluetooth Core Vol 3 Part G 3.3.1.1).</summary>
[Flags]
public enum GattCharacteristicProperties
{
    /// <summary>Nothing declared.</summary>
    None = 0,

    /// <summary>The value may be broadcast.</summary>
    Broadcast = 0x01,

    /// <summary>The value can be read.</summary>
    Read = 0x02,

    /// <summary>The value can be written without a response.</summary>
    WriteWithoutResponse = 0x04,

    /// <summary>The value can be written with a response.</summary>
    Write = 0x08,

    /// <summary>The value can be notified.</summary>
    Notify = 0x10,

    /// <summary>The value can be indicated (notified with confirmation).</summary>
    Indicate = 0x20,

    /// <summary>Signed writes are allowed.</summary>
    AuthenticatedSignedWrites = 0x40,

    /// <summary>More properties are in the extended-properties descriptor.</summary>
    ExtendedProperties = 0x80,
}
