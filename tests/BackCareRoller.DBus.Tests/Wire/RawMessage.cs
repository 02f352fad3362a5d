using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Wire;

/// <summary>Builds little-endian messages field by field, including ones the encoder would refuse to produce.</summary>
internal static class RawMessage
{
    public static (byte Code, object Value)[] SignalFields(string signature = "") =>
    [
        (1, ObjectPath.Parse("/com/example/Object")),
        (2, "com.example.Interface"),
        (3, "Changed"),
        .. signature.Length > 0 ? [((byte)8, (object)DBusSignature.Parse(signature))] : Array.Empty<(byte, object)>(),
    ];

    public static byte[] Build(
        IEnumerable<(byte Code, object Value)> fields,
        string bodySignature = "",
        object[]? body = null,
        byte[]? rawBody = null,
        DBusMessageType type = DBusMessageType.Signal,
        uint serial = 1)
    {
        var writer = new WireWriter();
        writer.WriteByte((byte)'l');
        writer.WriteByte((byte)type);
        writer.WriteByte(0);
        writer.WriteByte(1);
        writer.WriteUInt32(0);
        writer.WriteUInt32(serial);
        var headerFields = new DBusArray(
            DBusSignature.Parse("(yv)"),
            fields.Select(f => (object)new DBusStruct(f.Code, new DBusVariant(f.Value))));
        writer.WriteValues("a(yv)", [headerFields]);
        writer.Pad(8);
        var bodyStart = writer.Length;
        var bytes = writer.ToArray();
        byte[] bodyBytes;
        if (rawBody is not null)
        {
            bodyBytes = rawBody;
        }
        else
        {
            // Marshal the body in place so its alignment is relative to the message start.
            writer.WriteValues(bodySignature, body ?? []);
            bodyBytes = writer.Written[bodyStart..].ToArray();
        }

        var message = bytes.Concat(bodyBytes).ToArray();
        BitConverter.TryWriteBytes(message.AsSpan(4, 4), (uint)bodyBytes.Length);
        return message;
    }

    /// <summary>Offset of the first body byte of an encoded little-endian message.</summary>
    public static int BodyOffset(byte[] message)
    {
        var fieldsLength = BitConverter.ToInt32(message, 12);
        return 16 + ((fieldsLength + 7) / 8 * 8);
    }
}
