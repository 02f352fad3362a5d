using System.Text;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Connection;

/// <summary>
/// A signal match rule ("Match Rules"): sent to the bus with <c>AddMatch</c> and applied again locally, because
/// the bus delivers every message that matches any of the connection's rules.
/// </summary>
public sealed record MatchRule
{
    /// <summary>Gets the sender: a unique name, or a well-known name that the connection resolves to its owner.</summary>
    public string? Sender { get; init; }

    /// <summary>Gets the interface the signal must have.</summary>
    public string? Interface { get; init; }

    /// <summary>Gets the signal name.</summary>
    public string? Member { get; init; }

    /// <summary>Gets the exact emitting object.</summary>
    public ObjectPath? Path { get; init; }

    /// <summary>Gets an object path the emitter must be, or lie below.</summary>
    public ObjectPath? PathNamespace { get; init; }

    /// <summary>Gets the string the first argument must equal.</summary>
    public string? Arg0 { get; init; }

    /// <summary>Returns the rule text the bus parses, with values quoted as the specification requires.</summary>
    /// <returns>Such as <c>type='signal',sender='org.bluez',member='InterfacesAdded'</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("type='signal'");
        Append(text, "sender", Sender);
        Append(text, "interface", Interface);
        Append(text, "member", Member);
        Append(text, "path", Path?.Value);
        Append(text, "path_namespace", PathNamespace?.Value);
        Append(text, "arg0", Arg0);
        return text.ToString();
    }

    /// <summary>Checks the rule's values before it is sent.</summary>
    internal void Validate()
    {
        if (Path is not null && PathNamespace is not null)
        {
            throw new ArgumentException("A match rule cannot have both path and path_namespace.");
        }

        if (Sender is not null && !DBusNames.IsValidBusName(Sender))
        {
            throw new ArgumentException($"Match rule sender \"{Sender}\" is not a valid bus name.");
        }

        if (Interface is not null && !DBusNames.IsValidInterface(Interface))
        {
            throw new ArgumentException($"Match rule interface \"{Interface}\" is not a valid interface name.");
        }

        if (Member is not null && !DBusNames.IsValidMember(Member))
        {
            throw new ArgumentException($"Match rule member \"{Member}\" is not a valid member name.");
        }
    }

    /// <summary>Applies the rule to a received signal; <paramref name="ownerOf"/> resolves well-known sender names.</summary>
    internal bool Matches(DBusMessage message, Func<string, string?> ownerOf)
    {
        if (message.Type != DBusMessageType.Signal)
        {
            return false;
        }

        if (Sender is not null && !string.Equals(Sender, message.Sender, StringComparison.Ordinal)
            && (DBusNames.IsUniqueName(Sender) || !string.Equals(ownerOf(Sender), message.Sender, StringComparison.Ordinal)))
        {
            return false;
        }

        return (Interface is null || string.Equals(Interface, message.Interface, StringComparison.Ordinal))
            && (Member is null || string.Equals(Member, message.Member, StringComparison.Ordinal))
            && (Path is null || Path == message.Path)
            && (PathNamespace is not { } root || (message.Path is { } path && path.IsInNamespace(root)))
            && (Arg0 is null || (message.Body.Count > 0 && message.Body[0] is string arg0 && string.Equals(arg0, Arg0, StringComparison.Ordinal)));
    }

    private static void Append(StringBuilder text, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        // Inside quotes only the apostrophe is special; it is written as '\'' (close, escaped, reopen).
        text.Append(',').Append(key).Append("='").Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
    }
}
