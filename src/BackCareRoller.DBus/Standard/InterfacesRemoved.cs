using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>An <c>InterfacesRemoved(o path, as interfaces)</c> signal of an object manager.</summary>
/// <param name="Path">The object that lost interfaces.</param>
/// <param name="Interfaces">Names of the interfaces removed.</param>
public sealed record InterfacesRemoved(ObjectPath Path, IReadOnlyList<string> Interfaces)
{
    /// <summary>The signal name.</summary>
    public const string Member = "InterfacesRemoved";

    /// <summary>Reads the signal from a message.</summary>
    /// <param name="message">A received signal.</param>
    /// <param name="signal">The parsed signal.</param>
    /// <returns>Whether the message is a well-formed InterfacesRemoved.</returns>
    public static bool TryParse(DBusMessage message, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterfacesRemoved? signal)
    {
        ArgumentNullException.ThrowIfNull(message);
        signal = null;
        if (message is not { Type: DBusMessageType.Signal, Interface: ObjectManager.Interface, Member: Member, Signature.Value: "oas" })
        {
            return false;
        }

        signal = new InterfacesRemoved((ObjectPath)message.Body[0], ((DBusArray)message.Body[1]).Items.Cast<string>().ToArray());
        return true;
    }
}
