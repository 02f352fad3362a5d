using System.Buffers.Binary;
using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Wire;

/// <summary>Encodes messages to the wire (little-endian) and decodes them from it (either byte order).</summary>
public static class DBusMessageCodec
{
    private const byte LittleEndianMark = (byte)'l';
    private const byte BigEndianMark = (byte)'B';

    /// <summary>Encodes <paramref name="message"/> with serial <paramref name="serial"/>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="serial">Non-zero serial chosen by the sending connection.</param>
    /// <returns>The message bytes.</returns>
    /// <exception cref="ArgumentException">The serial is zero, or the message exceeds a size limit.</exception>
    public static byte[] Encode(DBusMessage message, uint serial)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfZero(serial);
        var writer = new WireWriter();

        // Fixed header: byte order, type, flags, version, body length (patched below), serial.
        writer.WriteByte(LittleEndianMark);
        writer.WriteByte((byte)message.Type);
        writer.WriteByte((byte)message.Flags);
        writer.WriteByte(DBusLimits.ProtocolVersion);
        writer.WriteUInt32(0);
        writer.WriteUInt32(serial);

        // Header fields a(yv): each a struct of a code and a variant of the field's fixed type.
        writer.WriteUInt32(0);
        var fieldsStart = writer.Length;
        if (message.Path is { } path)
        {
            WriteField(writer, HeaderField.Path, "o", w => w.WriteString(path.Value));
        }

        WriteStringField(writer, HeaderField.Interface, message.Interface);
        WriteStringField(writer, HeaderField.Member, message.Member);
        WriteStringField(writer, HeaderField.ErrorName, message.ErrorName);
        if (message.ReplySerial is { } replySerial)
        {
            WriteField(writer, HeaderField.ReplySerial, "u", w => w.WriteUInt32(replySerial));
        }

        WriteStringField(writer, HeaderField.Destination, message.Destination);
        WriteStringField(writer, HeaderField.Sender, message.Sender);
        if (message.Signature.Value.Length > 0)
        {
            WriteField(writer, HeaderField.Signature, "g", w => w.WriteSignature(message.Signature.Value));
        }

        writer.PatchUInt32(12, (uint)(writer.Length - fieldsStart));

        // The body starts 8-aligned.
        writer.Pad(8);
        var bodyStart = writer.Length;
        writer.WriteValues(message.Signature.Value, message.Body);
        var bodyLength = writer.Length - bodyStart;
        if (writer.Length > DBusLimits.MaxMessageLength)
        {
            throw new ArgumentException($"The message is {writer.Length} bytes; D-Bus allows at most {DBusLimits.MaxMessageLength}.", nameof(message));
        }

        writer.PatchUInt32(4, (uint)bodyLength);
        return writer.ToArray();
    }

    /// <summary>Reads the total message length from the first 16 bytes, before the rest has arrived.</summary>
    /// <param name="fixedHeader">At least the first <see cref="DBusLimits.FixedHeaderLength"/> bytes of a message.</param>
    /// <param name="maxMessageLength">Largest message the caller accepts, at most <see cref="DBusLimits.MaxMessageLength"/>.</param>
    /// <param name="messageLength">Total bytes of the message when the header is plausible.</param>
    /// <param name="error">Why the header is unusable, otherwise null.</param>
    /// <returns>Whether the message can be read.</returns>
    public static bool TryGetMessageLength(ReadOnlySpan<byte> fixedHeader, int maxMessageLength, out int messageLength, out string? error)
    {
        messageLength = 0;
        if (fixedHeader.Length < DBusLimits.FixedHeaderLength)
        {
            error = $"the fixed header needs {DBusLimits.FixedHeaderLength} bytes, got {fixedHeader.Length}";
            return false;
        }

        var bigEndian = fixedHeader[0] == BigEndianMark;
        if (!bigEndian && fixedHeader[0] != LittleEndianMark)
        {
            error = $"byte-order mark 0x{fixedHeader[0]:x2} is neither 'l' nor 'B'";
            return false;
        }

        if (fixedHeader[3] != DBusLimits.ProtocolVersion)
        {
            error = $"protocol version {fixedHeader[3]} is not {DBusLimits.ProtocolVersion}";
            return false;
        }

        var bodyLength = ReadUInt32(fixedHeader[4..], bigEndian);
        var fieldsLength = ReadUInt32(fixedHeader[12..], bigEndian);
        if (fieldsLength > DBusLimits.MaxArrayLength)
        {
            error = $"header fields of {fieldsLength} bytes exceed the array limit of {DBusLimits.MaxArrayLength}";
            return false;
        }

        var total = DBusLimits.FixedHeaderLength + AlignUp(fieldsLength, 8) + (long)bodyLength;
        var limit = Math.Min(maxMessageLength, DBusLimits.MaxMessageLength);
        if (total > limit)
        {
            error = $"message of {total} bytes exceeds the limit of {limit}";
            return false;
        }

        messageLength = (int)total;
        error = null;
        return true;
    }

    /// <summary>Decodes one complete message, validating it fully against the specification.</summary>
    /// <param name="data">Exactly one message.</param>
    /// <param name="message">The message when valid.</param>
    /// <param name="error">What is malformed, otherwise null.</param>
    /// <returns>Whether the bytes are a valid message.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> data, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DBusMessage? message, out string? error)
    {
        message = null;
        if (!TryGetMessageLength(data, DBusLimits.MaxMessageLength, out var length, out error))
        {
            return false;
        }

        if (length != data.Length)
        {
            error = $"the header announces {length} bytes but {data.Length} were given";
            return false;
        }

        try
        {
            message = Decode(data);
            return true;
        }
        catch (DBusProtocolException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static DBusMessage Decode(ReadOnlySpan<byte> data)
    {
        var bigEndian = data[0] == BigEndianMark;
        var type = (DBusMessageType)data[1];
        var flags = (DBusMessageFlags)data[2];
        var bodyLength = ReadUInt32(data[4..], bigEndian);
        var serial = ReadUInt32(data[8..], bigEndian);
        if (type == DBusMessageType.Invalid)
        {
            throw new DBusProtocolException("Malformed D-Bus message: message type 0 is invalid.");
        }

        if (serial == 0)
        {
            throw new DBusProtocolException("Malformed D-Bus message: serial 0 is invalid.");
        }

        var reader = new WireReader(data, bigEndian, 12);
        var fields = ReadHeaderFields(ref reader);
        reader.Align(8);
        var bodyStart = reader.Position;
        if (data.Length - bodyStart != bodyLength)
        {
            throw new DBusProtocolException($"Malformed D-Bus message: the body is {data.Length - bodyStart} bytes but the header says {bodyLength}.");
        }

        CheckRequiredFields(type, fields);
        if (fields.UnixFds is > 0)
        {
            throw new DBusProtocolException($"Malformed D-Bus message: it claims {fields.UnixFds} Unix file descriptors, which this connection never negotiated.");
        }

        var signature = fields.Signature ?? string.Empty;
        if (signature.Length == 0 && bodyLength != 0)
        {
            throw new DBusProtocolException($"Malformed D-Bus message: a body of {bodyLength} bytes has no signature.");
        }

        var body = new List<object>();
        var position = 0;
        while (position < signature.Length)
        {
            body.Add(reader.ReadValue(signature, ref position, 0));
        }

        if (reader.Position != data.Length)
        {
            throw new DBusProtocolException($"Malformed D-Bus message: {data.Length - reader.Position} bytes follow the body's last value.");
        }

        return new DBusMessage(
            type,
            flags,
            serial,
            fields.Path,
            fields.Interface,
            fields.Member,
            fields.ErrorName,
            fields.ReplySerial,
            fields.Destination,
            fields.Sender,
            DBusSignature.FromValidated(signature),
            body);
    }

    private static HeaderFields ReadHeaderFields(ref WireReader reader)
    {
        var length = reader.ReadUInt32();
        reader.Align(8);
        var end = reader.Position + (long)length;
        var fields = new HeaderFields();
        var seen = 0u;
        while (reader.Position < end)
        {
            reader.Align(8);
            var code = reader.ReadByte();
            var signature = reader.ReadSignatureText();
            if (!SignatureGrammar.IsSingleCompleteType(signature))
            {
                throw new DBusProtocolException($"Malformed D-Bus message: header field {code} has variant signature \"{signature}\".");
            }

            var position = 0;
            var value = reader.ReadValue(signature, ref position, 1);
            if (code == 0)
            {
                throw new DBusProtocolException("Malformed D-Bus message: header field code 0 is invalid.");
            }

            // Unknown fields are ignored (spec); known ones have one fixed type and appear at most once.
            if (code > (byte)HeaderField.UnixFds)
            {
                continue;
            }

            if ((seen & (1u << code)) != 0)
            {
                throw new DBusProtocolException($"Malformed D-Bus message: header field {(HeaderField)code} appears twice.");
            }

            seen |= 1u << code;
            fields.Set((HeaderField)code, signature, value);
        }

        if (reader.Position != end)
        {
            throw new DBusProtocolException("Malformed D-Bus message: header fields overrun their array length.");
        }

        return fields;
    }

    private static void CheckRequiredFields(DBusMessageType type, HeaderFields fields)
    {
        var missing = type switch
        {
            DBusMessageType.MethodCall when fields.Path is null => "PATH",
            DBusMessageType.MethodCall when fields.Member is null => "MEMBER",
            DBusMessageType.Signal when fields.Path is null => "PATH",
            DBusMessageType.Signal when fields.Interface is null => "INTERFACE",
            DBusMessageType.Signal when fields.Member is null => "MEMBER",
            DBusMessageType.Error when fields.ErrorName is null => "ERROR_NAME",
            DBusMessageType.Error or DBusMessageType.MethodReturn when fields.ReplySerial is null => "REPLY_SERIAL",
            _ => null,
        };
        if (missing is not null)
        {
            throw new DBusProtocolException($"Malformed D-Bus message: a {type} lacks the required {missing} header field.");
        }
    }

    private static void WriteStringField(WireWriter writer, HeaderField field, string? value)
    {
        if (value is not null)
        {
            WriteField(writer, field, "s", w => w.WriteString(value));
        }
    }

    private static void WriteField(WireWriter writer, HeaderField field, string signature, Action<WireWriter> writeValue)
    {
        writer.Pad(8);
        writer.WriteByte((byte)field);
        writer.WriteSignature(signature);
        writeValue(writer);
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private static long AlignUp(long value, int alignment) => (value + alignment - 1) / alignment * alignment;

    private sealed class HeaderFields
    {
        public ObjectPath? Path { get; private set; }

        public string? Interface { get; private set; }

        public string? Member { get; private set; }

        public string? ErrorName { get; private set; }

        public uint? ReplySerial { get; private set; }

        public string? Destination { get; private set; }

        public string? Sender { get; private set; }

        public string? Signature { get; private set; }

        public uint? UnixFds { get; private set; }

        public void Set(HeaderField field, string signature, object value)
        {
            var expected = field switch
            {
                HeaderField.Path => "o",
                HeaderField.Signature => "g",
                HeaderField.ReplySerial or HeaderField.UnixFds => "u",
                _ => "s",
            };
            if (signature != expected)
            {
                throw new DBusProtocolException($"Malformed D-Bus message: header field {field} has type \"{signature}\", not \"{expected}\".");
            }

            switch (field)
            {
                case HeaderField.Path:
                    Path = (ObjectPath)value;
                    break;
                case HeaderField.Interface:
                    Interface = Checked((string)value, DBusNames.IsValidInterface, field);
                    break;
                case HeaderField.Member:
                    Member = Checked((string)value, DBusNames.IsValidMember, field);
                    break;
                case HeaderField.ErrorName:
                    ErrorName = Checked((string)value, DBusNames.IsValidErrorName, field);
                    break;
                case HeaderField.ReplySerial:
                    ReplySerial = (uint)value != 0 ? (uint)value : throw new DBusProtocolException("Malformed D-Bus message: REPLY_SERIAL is 0.");
                    break;
                case HeaderField.Destination:
                    Destination = Checked((string)value, DBusNames.IsValidBusName, field);
                    break;
                case HeaderField.Sender:
                    Sender = Checked((string)value, DBusNames.IsValidBusName, field);
                    break;
                case HeaderField.Signature:
                    Signature = ((DBusSignature)value).Value;
                    break;
                case HeaderField.UnixFds:
                    UnixFds = (uint)value;
                    break;
            }
        }

        private static string Checked(string value, NameCheck isValid, HeaderField field) =>
            isValid(value) ? value : throw new DBusProtocolException($"Malformed D-Bus message: {field} \"{value}\" is not a valid name.");

        private delegate bool NameCheck(ReadOnlySpan<char> name);
    }
}
