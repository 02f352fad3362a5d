using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Wire;

/// <summary>One D-Bus message: header fields and a body of values (see <see cref="DBusValue"/> for their CLR types).</summary>
public sealed class DBusMessage
{
    private static readonly object[] NoValues = [];

    internal DBusMessage(
        DBusMessageType type,
        DBusMessageFlags flags,
        uint serial,
        ObjectPath? path,
        string? @interface,
        string? member,
        string? errorName,
        uint? replySerial,
        string? destination,
        string? sender,
        DBusSignature signature,
        IReadOnlyList<object> body)
    {
        Type = type;
        Flags = flags;
        Serial = serial;
        Path = path;
        Interface = @interface;
        Member = member;
        ErrorName = errorName;
        ReplySerial = replySerial;
        Destination = destination;
        Sender = sender;
        Signature = signature;
        Body = body;
    }

    /// <summary>Gets the message type.</summary>
    public DBusMessageType Type { get; }

    /// <summary>Gets the header flags.</summary>
    public DBusMessageFlags Flags { get; }

    /// <summary>Gets the sender-assigned serial; 0 on a message not yet sent.</summary>
    public uint Serial { get; }

    /// <summary>Gets the object path (calls and signals).</summary>
    public ObjectPath? Path { get; }

    /// <summary>Gets the interface (signals; optional on calls).</summary>
    public string? Interface { get; }

    /// <summary>Gets the method or signal name.</summary>
    public string? Member { get; }

    /// <summary>Gets the error name (errors only).</summary>
    public string? ErrorName { get; }

    /// <summary>Gets the serial of the call this message replies to (returns and errors).</summary>
    public uint? ReplySerial { get; }

    /// <summary>Gets the destination connection name.</summary>
    public string? Destination { get; }

    /// <summary>Gets the sender's unique name, as stamped by the bus.</summary>
    public string? Sender { get; }

    /// <summary>Gets the body signature.</summary>
    public DBusSignature Signature { get; }

    /// <summary>Gets the body values.</summary>
    public IReadOnlyList<object> Body { get; }

    /// <summary>Gets the human-readable text of an error reply, when its first value is a string.</summary>
    public string? ErrorText => Type == DBusMessageType.Error && Body.Count > 0 && Body[0] is string text ? text : null;

    /// <summary>Creates a method call.</summary>
    /// <param name="destination">Bus name to call, or null on a peer-to-peer connection.</param>
    /// <param name="path">Object to call.</param>
    /// <param name="interface">Interface of the method, or null.</param>
    /// <param name="member">Method name.</param>
    /// <param name="body">Arguments.</param>
    /// <returns>The unsent message.</returns>
    /// <exception cref="ArgumentException">A name is malformed or an argument has no D-Bus type.</exception>
    public static DBusMessage CreateMethodCall(string? destination, ObjectPath path, string? @interface, string member, params object[] body) =>
        CreateMethodCall(DBusMessageFlags.None, destination, path, @interface, member, body);

    /// <summary>Creates a method call with header flags (for example <see cref="DBusMessageFlags.NoReplyExpected"/>).</summary>
    /// <param name="flags">Header flags.</param>
    /// <param name="destination">Bus name to call, or null on a peer-to-peer connection.</param>
    /// <param name="path">Object to call.</param>
    /// <param name="interface">Interface of the method, or null.</param>
    /// <param name="member">Method name.</param>
    /// <param name="body">Arguments.</param>
    /// <returns>The unsent message.</returns>
    /// <exception cref="ArgumentException">A name is malformed or an argument has no D-Bus type.</exception>
    public static DBusMessage CreateMethodCall(DBusMessageFlags flags, string? destination, ObjectPath path, string? @interface, string member, params object[] body)
    {
        CheckBusName(destination, nameof(destination));
        CheckInterface(@interface, nameof(@interface));
        CheckMember(member, nameof(member));
        var (signature, values) = BodyOf(body);
        return new DBusMessage(DBusMessageType.MethodCall, flags, 0, path, @interface, member, null, null, destination, null, signature, values);
    }

    /// <summary>Creates a signal emission.</summary>
    /// <param name="path">Emitting object.</param>
    /// <param name="interface">Interface of the signal.</param>
    /// <param name="member">Signal name.</param>
    /// <param name="body">Arguments.</param>
    /// <returns>The unsent message.</returns>
    /// <exception cref="ArgumentException">A name is malformed or an argument has no D-Bus type.</exception>
    public static DBusMessage CreateSignal(ObjectPath path, string @interface, string member, params object[] body)
    {
        ArgumentNullException.ThrowIfNull(@interface);
        CheckInterface(@interface, nameof(@interface));
        CheckMember(member, nameof(member));
        var (signature, values) = BodyOf(body);
        return new DBusMessage(DBusMessageType.Signal, DBusMessageFlags.NoReplyExpected, 0, path, @interface, member, null, null, null, null, signature, values);
    }

    /// <summary>Creates a successful reply to <paramref name="call"/>.</summary>
    /// <param name="call">The received call.</param>
    /// <param name="body">Return values.</param>
    /// <returns>The unsent reply.</returns>
    public static DBusMessage CreateMethodReturn(DBusMessage call, params object[] body)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (signature, values) = BodyOf(body);
        return new DBusMessage(DBusMessageType.MethodReturn, DBusMessageFlags.NoReplyExpected, 0, null, null, null, null, call.Serial, call.Sender, null, signature, values);
    }

    /// <summary>Creates an error reply to <paramref name="call"/>.</summary>
    /// <param name="call">The received call.</param>
    /// <param name="errorName">Error name, such as <c>org.freedesktop.DBus.Error.UnknownMethod</c>.</param>
    /// <param name="text">Human-readable explanation.</param>
    /// <returns>The unsent reply.</returns>
    public static DBusMessage CreateError(DBusMessage call, string errorName, string text)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(errorName);
        ArgumentNullException.ThrowIfNull(text);
        if (!DBusNames.IsValidErrorName(errorName))
        {
            throw new ArgumentException($"\"{errorName}\" is not a valid D-Bus error name.", nameof(errorName));
        }

        return new DBusMessage(DBusMessageType.Error, DBusMessageFlags.NoReplyExpected, 0, null, null, null, errorName, call.Serial, call.Sender, null, DBusSignature.FromValidated("s"), [text]);
    }

    /// <inheritdoc />
    public override string ToString() => Type switch
    {
        DBusMessageType.MethodCall => $"call #{Serial} {Destination} {Path} {Interface}.{Member}({Signature})",
        DBusMessageType.Signal => $"signal #{Serial} {Sender} {Path} {Interface}.{Member}({Signature})",
        DBusMessageType.MethodReturn => $"return #{Serial} → #{ReplySerial} ({Signature})",
        DBusMessageType.Error => $"error #{Serial} → #{ReplySerial} {ErrorName}: {ErrorText}",
        _ => $"message type {(byte)Type} #{Serial}",
    };

    private static (DBusSignature Signature, IReadOnlyList<object> Values) BodyOf(object[]? body)
    {
        if (body is null || body.Length == 0)
        {
            return (DBusSignature.Empty, NoValues);
        }

        var text = new System.Text.StringBuilder();
        foreach (var value in body)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(body));
            text.Append(DBusValue.SignatureText(value));
        }

        if (!DBusSignature.TryParse(text.ToString(), out var signature))
        {
            throw new ArgumentException($"The body signature \"{text}\" is longer than 255 characters.", nameof(body));
        }

        return (signature, (object[])body.Clone());
    }

    private static void CheckBusName(string? name, string parameter)
    {
        if (name is not null && !DBusNames.IsValidBusName(name))
        {
            throw new ArgumentException($"\"{name}\" is not a valid D-Bus bus name.", parameter);
        }
    }

    private static void CheckInterface(string? name, string parameter)
    {
        if (name is not null && !DBusNames.IsValidInterface(name))
        {
            throw new ArgumentException($"\"{name}\" is not a valid D-Bus interface name.", parameter);
        }
    }

    private static void CheckMember(string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (!DBusNames.IsValidMember(name))
        {
            throw new ArgumentException($"\"{name}\" is not a valid D-Bus member name.", parameter);
        }
    }
}
