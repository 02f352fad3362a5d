using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>An <c>InterfacesAdded(o path, a{sa{sv}} interfaces)</c> signal of an object manager.</summary>
/// <param name="Path">The object that gained interfaces.</param>
/// <param name="Interfaces">Interface name → property name → value.</param>
public sealed record InterfacesAdded(ObjectPath Path, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> Interfaces)
{
    /// <summary>The signal name.</summary>
    public const string Member = "InterfacesAdded";

    /// <summary>Reads the signal from a message.</summary>
    /// <param name="message">A received signal.</param>
    /// <param name="signal">The parsed signal.</param>
    /// <returns>Whether the message is a well-formed InterfacesAdded.</returns>
    public static bool TryParse(DBusMessage message, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterfacesAdded? signal)
    {
        ArgumentNullException.ThrowIfNull(message);
        signal = null;
        if (message is not { Type: DBusMessageType.Signal, Interface: ObjectManager.Interface, Member: Member, Signature.Value: "oa{sa{sv}}" })
        {
            return false;
        }

        signal = new InterfacesAdded((ObjectPath)message.Body[0], ObjectManager.ReadInterfaces((DBusDictionary)message.Body[1]));
        return true;
    }
}
