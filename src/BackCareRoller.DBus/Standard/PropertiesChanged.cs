using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>A <c>PropertiesChanged(s interface, a{sv} changed, as invalidated)</c> signal.</summary>
/// <param name="Path">Object whose properties changed.</param>
/// <param name="Interface">Interface the properties belong to.</param>
/// <param name="Changed">New values, unwrapped.</param>
/// <param name="Invalidated">Properties that changed without their new value being sent.</param>
public sealed record PropertiesChanged(ObjectPath Path, string Interface, IReadOnlyDictionary<string, object> Changed, IReadOnlyList<string> Invalidated)
{
    /// <summary>The signal name.</summary>
    public const string Member = "PropertiesChanged";

    /// <summary>Reads the signal from a message.</summary>
    /// <param name="message">A received signal.</param>
    /// <param name="signal">The parsed signal.</param>
    /// <returns>Whether the message is a well-formed PropertiesChanged.</returns>
    public static bool TryParse(DBusMessage message, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PropertiesChanged? signal)
    {
        ArgumentNullException.ThrowIfNull(message);
        signal = null;
        if (message is not { Type: DBusMessageType.Signal, Interface: DBusProperties.Interface, Member: Member, Path: { } path, Signature.Value: "sa{sv}as" })
        {
            return false;
        }

        var invalidated = ((DBusArray)message.Body[2]).Items.Cast<string>().ToArray();
        signal = new PropertiesChanged(path, (string)message.Body[0], ((DBusDictionary)message.Body[1]).ToStringVariantMap(), invalidated);
        return true;
    }
}
