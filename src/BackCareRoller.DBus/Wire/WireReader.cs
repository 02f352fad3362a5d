using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;
using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Wire;

/// <summary>
/// Unmarshals values from one whole message, in either byte order, checking every bound, padding byte, string
/// and nesting limit; anything malformed throws <see cref="DBusProtocolException"/> naming the offset.
/// </summary>
internal ref struct WireReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly bool _bigEndian;

    public WireReader(ReadOnlySpan<byte> data, bool bigEndian, int position)
    {
        _data = data;
        _bigEndian = bigEndian;
        Position = position;
    }

    public int Position { get; private set; }

    public void Align(int alignment)
    {
        var padding = (alignment - (Position % alignment)) % alignment;
        var bytes = Take(padding, "padding");
        if (bytes.ContainsAnyExcept((byte)0))
        {
            throw Fail("non-zero padding byte");
        }
    }

    public byte ReadByte() => Take(1, "byte")[0];

    public uint ReadUInt32()
    {
        Align(4);
        var bytes = Take(4, "uint32");
        return _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    public string ReadSignatureText()
    {
        var length = ReadByte();
        var bytes = Take(length + 1, "signature");
        if (bytes[length] != 0)
        {
            throw Fail("signature is not NUL-terminated");
        }

        var text = Encoding.ASCII.GetString(bytes[..length]);
        if (!SignatureGrammar.TryValidate(text, out var error))
        {
            throw Fail($"invalid signature \"{text}\": {error}");
        }

        return text;
    }

    public string ReadString()
    {
        var length = ReadUInt32();
        if (length > (uint)(_data.Length - Position - 1))
        {
            throw Fail($"string of {length} bytes runs past the end of the message");
        }

        var bytes = Take((int)length + 1, "string");
        if (bytes[(int)length] != 0)
        {
            throw Fail("string is not NUL-terminated");
        }

        var text = bytes[..(int)length];
        if (text.Contains((byte)0))
        {
            throw Fail("string contains a NUL byte");
        }

        if (!Utf8.IsValid(text))
        {
            throw Fail("string is not valid UTF-8");
        }

        return Encoding.UTF8.GetString(text);
    }

    public ObjectPath ReadObjectPath()
    {
        var text = ReadString();
        return ObjectPath.TryParse(text, out var path) ? path : throw Fail($"invalid object path \"{text}\"");
    }

    /// <summary>Reads one complete type starting at <paramref name="position"/> of <paramref name="signature"/>.</summary>
    public object ReadValue(string signature, ref int position, int depth)
    {
        if (depth > SignatureGrammar.MaxTotalDepth)
        {
            throw Fail($"values nest deeper than {SignatureGrammar.MaxTotalDepth} containers");
        }

        var code = signature[position++];
        switch (code)
        {
            case 'y':
                return ReadByte();
            case 'b':
                var boolean = ReadUInt32();
                return boolean switch
                {
                    0 => false,
                    1 => true,
                    _ => throw Fail($"boolean holds {boolean}, not 0 or 1"),
                };
            case 'n':
                Align(2);
                return _bigEndian ? BinaryPrimitives.ReadInt16BigEndian(Take(2, "int16")) : BinaryPrimitives.ReadInt16LittleEndian(Take(2, "int16"));
            case 'q':
                Align(2);
                return _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(Take(2, "uint16")) : BinaryPrimitives.ReadUInt16LittleEndian(Take(2, "uint16"));
            case 'i':
                Align(4);
                return _bigEndian ? BinaryPrimitives.ReadInt32BigEndian(Take(4, "int32")) : BinaryPrimitives.ReadInt32LittleEndian(Take(4, "int32"));
            case 'u':
                return ReadUInt32();
            case 'h':
                return new UnixFdIndex(ReadUInt32());
            case 'x':
                Align(8);
                return _bigEndian ? BinaryPrimitives.ReadInt64BigEndian(Take(8, "int64")) : BinaryPrimitives.ReadInt64LittleEndian(Take(8, "int64"));
            case 't':
                Align(8);
                return _bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(Take(8, "uint64")) : BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "uint64"));
            case 'd':
                Align(8);
                return _bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(Take(8, "double")) : BinaryPrimitives.ReadDoubleLittleEndian(Take(8, "double"));
            case 's':
                return ReadString();
            case 'o':
                return ReadObjectPath();
            case 'g':
                return DBusSignature.FromValidated(ReadSignatureText());
            case 'v':
                return ReadVariant(depth);
            case '(':
                return ReadStruct(signature, ref position, depth);
            case 'a':
                return ReadArray(signature, ref position, depth);
            default:
                throw Fail($"unexpected type code '{code}'");
        }
    }

    private DBusVariant ReadVariant(int depth)
    {
        var signature = ReadSignatureText();
        if (!SignatureGrammar.IsSingleCompleteType(signature))
        {
            throw Fail($"variant signature \"{signature}\" is not one complete type");
        }

        var inner = 0;
        return new DBusVariant(ReadValue(signature, ref inner, depth + 1));
    }

    private DBusStruct ReadStruct(string signature, ref int position, int depth)
    {
        Align(8);
        var fields = new List<object>();
        while (signature[position] != ')')
        {
            fields.Add(ReadValue(signature, ref position, depth + 1));
        }

        position++;
        return new DBusStruct([.. fields]);
    }

    private object ReadArray(string signature, ref int position, int depth)
    {
        var length = ReadUInt32();
        if (length > DBusLimits.MaxArrayLength)
        {
            throw Fail($"array of {length} bytes exceeds the limit of {DBusLimits.MaxArrayLength}");
        }

        // The padding to the first element is there even when the array is empty.
        var elementStart = position;
        Align(SignatureGrammar.Alignment(signature[elementStart]));
        if (length > (uint)(_data.Length - Position))
        {
            throw Fail($"array of {length} bytes runs past the end of the message");
        }

        var end = Position + (int)length;

        // The signature was validated as a whole, so skipping the array type from its 'a' cannot fail.
        var elementEnd = elementStart - 1;
        SignatureGrammar.TrySkipCompleteType(signature, ref elementEnd, 0, 0, out _);
        if (signature[elementStart] == '{')
        {
            position = elementEnd;
            return ReadDictionary(signature, elementStart, end, depth);
        }

        var elementSignature = signature[elementStart..elementEnd];
        position = elementEnd;
        if (elementSignature == "y")
        {
            return Take((int)length, "byte array").ToArray();
        }

        var items = new List<object>();
        while (Position < end)
        {
            var inner = 0;
            items.Add(ReadValue(elementSignature, ref inner, depth + 1));
        }

        if (Position != end)
        {
            throw Fail("array elements overrun the array length");
        }

        return new DBusArray(DBusSignature.FromValidated(elementSignature), items);
    }

    private DBusDictionary ReadDictionary(string signature, int entryStart, int end, int depth)
    {
        // entryStart points at '{': key code, value type, '}'.
        var keySignature = signature[(entryStart + 1)..(entryStart + 2)];
        var valueEnd = entryStart + 2;
        SignatureGrammar.TrySkipCompleteType(signature, ref valueEnd, 0, 0, out _);
        var valueSignature = signature[(entryStart + 2)..valueEnd];
        var entries = new List<KeyValuePair<object, object>>();
        while (Position < end)
        {
            Align(8);
            var keyPosition = 0;
            var key = ReadValue(keySignature, ref keyPosition, depth + 2);
            var valuePosition = 0;
            var value = ReadValue(valueSignature, ref valuePosition, depth + 2);
            entries.Add(new KeyValuePair<object, object>(key, value));
        }

        if (Position != end)
        {
            throw Fail("dictionary entries overrun the array length");
        }

        return new DBusDictionary(DBusSignature.FromValidated(keySignature), DBusSignature.FromValidated(valueSignature), entries);
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > _data.Length - Position)
        {
            throw Fail($"{what} runs past the end of the message");
        }

        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }

    private readonly DBusProtocolException Fail(string what) => new($"Malformed D-Bus message at byte {Position}: {what}.");
}
