using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>Calls of the standard <c>org.freedesktop.DBus.ObjectManager</c> interface.</summary>
public static class ObjectManager
{
    /// <summary>The interface name.</summary>
    public const string Interface = "org.freedesktop.DBus.ObjectManager";

    /// <summary>Reads every object below the manager with all its interfaces and properties.</summary>
    /// <param name="connection">The bus connection.</param>
    /// <param name="destination">Service name, such as <c>org.bluez</c>.</param>
    /// <param name="path">Path of the object manager, such as <c>/</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Object path → interface name → property name → value.</returns>
    /// <exception cref="DBusProtocolException">The reply is not <c>a{oa{sa{sv}}}</c>.</exception>
    public static async Task<IReadOnlyDictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>>> GetManagedObjectsAsync(
        this DBusConnection connection, string destination, ObjectPath path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var reply = await connection.CallAsync(DBusMessage.CreateMethodCall(destination, path, Interface, "GetManagedObjects"), cancellationToken).ConfigureAwait(false);
        if (reply.Body.Count != 1 || reply.Body[0] is not DBusDictionary { Signature.Value: "a{oa{sa{sv}}}" } objects)
        {
            throw new DBusProtocolException($"GetManagedObjects returned ({reply.Signature}), not (a{{oa{{sa{{sv}}}}}}).");
        }

        var result = new Dictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>>();
        foreach (var entry in objects.Entries)
        {
            result.TryAdd((ObjectPath)entry.Key, ReadInterfaces((DBusDictionary)entry.Value));
        }

        return result;
    }

    /// <summary>Reads an <c>a{sa{sv}}</c> of interfaces and their properties.</summary>
    /// <param name="interfaces">The dictionary.</param>
    /// <returns>Interface name → property name → value.</returns>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> ReadInterfaces(DBusDictionary interfaces)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);
        foreach (var entry in interfaces.Entries)
        {
            result.TryAdd((string)entry.Key, ((DBusDictionary)entry.Value).ToStringVariantMap());
        }

        return result;
    }
}
