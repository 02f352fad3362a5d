using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>Calls to the message bus itself (<c>org.freedesktop.DBus</c>).</summary>
public static class BusDaemon
{
    /// <summary>Returns the unique name owning <paramref name="name"/>, or null when nobody owns it.</summary>
    /// <param name="connection">The bus connection.</param>
    /// <param name="name">A well-known bus name.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The owner's unique name, or null.</returns>
    public static async Task<string?> GetNameOwnerAsync(this DBusConnection connection, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var reply = await connection.CallAsync(
                DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "GetNameOwner", name),
                cancellationToken).ConfigureAwait(false);
            return reply.Body.Count == 1 ? reply.Body[0] as string : null;
        }
        catch (DBusErrorException ex) when (ex.ErrorName == "org.freedesktop.DBus.Error.NameHasNoOwner")
        {
            return null;
        }
    }
}
