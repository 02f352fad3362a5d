using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>Method calls to bluetoothd, with its errors turned into <see cref="BluetoothException"/>s a user can act on.</summary>
internal static class BlueZCalls
{
    public static async Task<DBusMessage> CallAsync(DBusConnection connection, ObjectPath path, string @interface, string member, CancellationToken cancellationToken, params object[] arguments)
    {
        try
        {
            return await connection.CallAsync(DBusMessage.CreateMethodCall(BlueZNames.Service, path, @interface, member, arguments), cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorException ex)
        {
            throw new BluetoothException(Explain(ex.ErrorName, member, path), ex);
        }
        catch (DBusConnectionClosedException ex)
        {
            throw new BluetoothException("The connection to the system bus was lost.", ex);
        }
        catch (TimeoutException ex)
        {
            throw new BluetoothException($"bluetoothd did not answer {member} in time.", ex);
        }
    }

    /// <summary>Calls and ignores the listed error names (for example InProgress on StartDiscovery).</summary>
    public static async Task CallIgnoringAsync(DBusConnection connection, ObjectPath path, string @interface, string member, string[] ignoredErrors, CancellationToken cancellationToken, params object[] arguments)
    {
        try
        {
            await CallAsync(connection, path, @interface, member, cancellationToken, arguments).ConfigureAwait(false);
        }
        catch (BluetoothException ex) when (ex.InnerException is DBusErrorException error && ignoredErrors.Contains(error.ErrorName))
        {
            // An expected state, not a failure.
        }
    }

    private static string Explain(string errorName, string member, ObjectPath path) => errorName switch
    {
        BlueZNames.ErrorNotReady => $"{member} failed: the Bluetooth adapter is off.",
        "org.freedesktop.DBus.Error.ServiceUnknown" or "org.freedesktop.DBus.Error.NameHasNoOwner" => $"{member} failed: the Bluetooth service (bluetoothd) is not running.",
        "org.freedesktop.DBus.Error.UnknownObject" or "org.freedesktop.DBus.Error.UnknownMethod" => $"{member} failed: {path} no longer exists (the device went away).",
        _ => $"{member} on {path} failed: {errorName}.",
    };
}
