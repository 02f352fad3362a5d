using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>Calls of the standard <c>org.freedesktop.DBus.Properties</c> interface.</summary>
public static class DBusProperties
{
    /// <summary>The interface name.</summary>
    public const string Interface = "org.freedesktop.DBus.Properties";

    /// <summary>Reads one property, unwrapped from its variant.</summary>
    /// <param name="connection">The bus connection.</param>
    /// <param name="destination">Service name.</param>
    /// <param name="path">Object path.</param>
    /// <param name="interface">Interface owning the property.</param>
    /// <param name="name">Property name.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DBusProtocolException">The reply is not a variant.</exception>
    public static async Task<object> GetPropertyAsync(this DBusConnection connection, string destination, ObjectPath path, string @interface, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var reply = await connection.CallAsync(DBusMessage.CreateMethodCall(destination, path, Interface, "Get", @interface, name), cancellationToken).ConfigureAwait(false);
        return reply.Body.Count == 1 && reply.Body[0] is DBusVariant variant
            ? variant.Value
            : throw new DBusProtocolException($"Properties.Get of {@interface}.{name} returned ({reply.Signature}), not (v).");
    }

    /// <summary>Reads all properties of an interface, unwrapped from their variants.</summary>
    /// <param name="connection">The bus connection.</param>
    /// <param name="destination">Service name.</param>
    /// <param name="path">Object path.</param>
    /// <param name="interface">Interface whose properties to read.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Property names to values.</returns>
    /// <exception cref="DBusProtocolException">The reply is not <c>a{sv}</c>.</exception>
    public static async Task<IReadOnlyDictionary<string, object>> GetAllPropertiesAsync(this DBusConnection connection, string destination, ObjectPath path, string @interface, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var reply = await connection.CallAsync(DBusMessage.CreateMethodCall(destination, path, Interface, "GetAll", @interface), cancellationToken).ConfigureAwait(false);
        return reply.Body.Count == 1 && reply.Body[0] is DBusDictionary { Signature.Value: "a{sv}" } properties
            ? properties.ToStringVariantMap()
            : throw new DBusProtocolException($"Properties.GetAll of {@interface} returned ({reply.Signature}), not (a{{sv}}).");
    }

    /// <summary>Writes one property.</summary>
    /// <param name="connection">The bus connection.</param>
    /// <param name="destination">Service name.</param>
    /// <param name="path">Object path.</param>
    /// <param name="interface">Interface owning the property.</param>
    /// <param name="name">Property name.</param>
    /// <param name="value">The new value (wrapped in a variant for the call).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the service has accepted the value.</returns>
    public static async Task SetPropertyAsync(this DBusConnection connection, string destination, ObjectPath path, string @interface, string name, object value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(value);
        var variant = value as DBusVariant ?? new DBusVariant(value);
        await connection.CallAsync(DBusMessage.CreateMethodCall(destination, path, Interface, "Set", @interface, name, variant), cancellationToken).ConfigureAwait(false);
    }
}
