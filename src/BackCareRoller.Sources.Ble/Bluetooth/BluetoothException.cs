namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A Bluetooth operation failed: not connected, no adapter, refused by the device or the stack.</summary>
public sealed class BluetoothException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public BluetoothException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, in words a user can act on.</param>
    public BluetoothException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public BluetoothException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
