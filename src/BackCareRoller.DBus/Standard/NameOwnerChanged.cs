using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Standard;

/// <summary>The bus's <c>NameOwnerChanged(s name, s old_owner, s new_owner)</c> signal; empty owners are null.</summary>
/// <param name="Name">The bus name whose owner changed.</param>
/// <param name="OldOwner">Previous owner's unique name, or null if it had none.</param>
/// <param name="NewOwner">New owner's unique name, or null if the name is now unowned.</param>
public sealed record NameOwnerChanged(string Name, string? OldOwner, string? NewOwner)
{
    /// <summary>The signal name.</summary>
    public const string Member = "NameOwnerChanged";

    /// <summary>Returns the match rule for owner changes of one name.</summary>
    /// <param name="name">The bus name to watch.</param>
    /// <returns>The rule.</returns>
    public static MatchRule RuleFor(string name) => new()
    {
        Sender = DBusConnection.BusName,
        Interface = DBusConnection.BusInterface,
        Member = Member,
        Arg0 = name,
    };

    /// <summary>Reads the signal from a message.</summary>
    /// <param name="message">A received signal.</param>
    /// <param name="signal">The parsed signal.</param>
    /// <returns>Whether the message is a well-formed NameOwnerChanged from the bus.</returns>
    public static bool TryParse(DBusMessage message, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NameOwnerChanged? signal)
    {
        ArgumentNullException.ThrowIfNull(message);
        signal = null;
        if (message is not { Type: DBusMessageType.Signal, Interface: DBusConnection.BusInterface, Member: Member, Signature.Value: "sss" })
        {
            return false;
        }

        signal = new NameOwnerChanged((string)message.Body[0], NullIfEmpty((string)message.Body[1]), NullIfEmpty((string)message.Body[2]));
        return true;
    }

    private static string? NullIfEmpty(string owner) => owner.Length == 0 ? null : owner;
}
