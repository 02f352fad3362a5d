using System.Buffers.Binary;
using System.Text;
using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Wire;

/// <summary>
/// Marshals values little-endian into a growing buffer. Alignment is relative to the buffer start, which is the
/// message start, as the specification requires.
/// </summary>
internal sealed class WireWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer = new byte[256];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void Pad(int alignment)
    {
        var padding = (alignment - (Length % alignment)) % alignment;
        Reserve(padding).Clear();
    }

    public void WriteByte(byte value) => Reserve(1)[0] = value;

    public void WriteUInt32(uint value)
    {
        Pad(4);
        BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);
    }

    public void PatchUInt32(int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(offset, 4), value);

    public void WriteSignature(string signature)
    {
        Reserve(1)[0] = (byte)signature.Length;
        var span = Reserve(signature.Length + 1);
        Encoding.ASCII.GetBytes(signature, span);
        span[^1] = 0;
    }

    public void WriteString(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("D-Bus strings may not contain NUL characters.", nameof(value));
        }

        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("D-Bus strings must be valid Unicode (this one has a lone surrogate).", nameof(value), ex);
        }

        WriteUInt32((uint)byteCount);
        var span = Reserve(byteCount + 1);
        StrictUtf8.GetBytes(value, span);
        span[^1] = 0;
    }

    /// <summary>Writes a sequence of complete types, checking that each value has the signature's type.</summary>
    public void WriteValues(string signature, IReadOnlyList<object> values)
    {
        var position = 0;
        foreach (var value in values)
        {
            WriteValue(signature, ref position, value, 0);
        }

        if (position != signature.Length)
        {
            throw new ArgumentException($"Signature \"{signature}\" has more types than the {values.Count} values given.", nameof(values));
        }
    }

    private void WriteValue(string signature, ref int position, object value, int depth)
    {
        if (depth > SignatureGrammar.MaxTotalDepth)
        {
            throw new ArgumentException($"Values nest deeper than {SignatureGrammar.MaxTotalDepth} containers.", nameof(value));
        }

        var code = signature[position];
        switch (code)
        {
            case 'y':
                WriteByte(Expect<byte>(value, code));
                position++;
                return;
            case 'b':
                WriteUInt32(Expect<bool>(value, code) ? 1u : 0u);
                position++;
                return;
            case 'n':
                Pad(2);
                BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), Expect<short>(value, code));
                position++;
                return;
            case 'q':
                Pad(2);
                BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), Expect<ushort>(value, code));
                position++;
                return;
            case 'i':
                Pad(4);
                BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), Expect<int>(value, code));
                position++;
                return;
            case 'u':
                WriteUInt32(Expect<uint>(value, code));
                position++;
                return;
            case 'h':
                WriteUInt32(Expect<UnixFdIndex>(value, code).Index);
                position++;
                return;
            case 'x':
                Pad(8);
                BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), Expect<long>(value, code));
                position++;
                return;
            case 't':
                Pad(8);
                BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), Expect<ulong>(value, code));
                position++;
                return;
            case 'd':
                Pad(8);
                BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), Expect<double>(value, code));
                position++;
                return;
            case 's':
                WriteString(Expect<string>(value, code));
                position++;
                return;
            case 'o':
                WriteString(Expect<ObjectPath>(value, code).Value);
                position++;
                return;
            case 'g':
                WriteSignature(Expect<DBusSignature>(value, code).Value);
                position++;
                return;
            case 'v':
                var variant = Expect<DBusVariant>(value, code);
                WriteSignature(variant.Signature.Value);
                var inner = 0;
                WriteValue(variant.Signature.Value, ref inner, variant.Value, depth + 1);
                position++;
                return;
            case '(':
                WriteStruct(signature, ref position, Expect<DBusStruct>(value, code), depth);
                return;
            case 'a':
                WriteArray(signature, ref position, value, depth);
                return;
            default:
                throw new ArgumentException($"Unexpected type code '{code}' in signature \"{signature}\".", nameof(signature));
        }
    }

    private void WriteStruct(string signature, ref int position, DBusStruct structure, int depth)
    {
        var end = position;
        SkipType(signature, ref end);
        var own = signature[position..end];
        if (!string.Equals(own, structure.Signature.Value, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected a struct {own}, got {structure.Signature}.", nameof(signature));
        }

        Pad(8);
        var inner = 1;
        foreach (var field in structure.Fields)
        {
            WriteValue(own, ref inner, field, depth + 1);
        }

        position = end;
    }

    private void WriteArray(string signature, ref int position, object value, int depth)
    {
        var end = position;
        SkipType(signature, ref end);
        var own = signature[position..end];
        if (!string.Equals(DBusValue.SignatureText(value), own, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected an array {own}, got a value of type {DBusValue.SignatureText(value)}.", nameof(value));
        }

        // Length placeholder, then padding to the element alignment (not counted in the length), then elements.
        WriteUInt32(0);
        var lengthOffset = Length - 4;
        var elementCode = own[1];
        Pad(SignatureGrammar.Alignment(elementCode));
        var start = Length;
        switch (value)
        {
            case byte[] bytes:
                bytes.CopyTo(Reserve(bytes.Length));
                break;
            case DBusDictionary dictionary:
                var entrySignature = "(" + own[2..^1] + ")";
                foreach (var entry in dictionary.Entries)
                {
                    Pad(8);
                    var inner = 1;
                    WriteValue(entrySignature, ref inner, entry.Key, depth + 2);
                    WriteValue(entrySignature, ref inner, entry.Value, depth + 2);
                }

                break;
            case DBusArray array:
                var element = array.ElementSignature.Value;
                foreach (var item in array.Items)
                {
                    var inner = 0;
                    WriteValue(element, ref inner, item, depth + 1);
                }

                break;
        }

        var length = Length - start;
        if (length > DBusLimits.MaxArrayLength)
        {
            throw new ArgumentException($"Array of {length} bytes exceeds the D-Bus limit of {DBusLimits.MaxArrayLength}.", nameof(value));
        }

        PatchUInt32(lengthOffset, (uint)length);
        position = end;
    }

    private static void SkipType(string signature, ref int position)
    {
        if (!SignatureGrammar.TrySkipCompleteType(signature, ref position, 0, 0, out var error))
        {
            throw new ArgumentException($"Invalid signature \"{signature}\": {error}.", nameof(signature));
        }
    }

    private static T Expect<T>(object value, char code) => value is T typed
        ? typed
        : throw new ArgumentException($"Type code '{code}' needs a {typeof(T).Name}, got a {value.GetType().Name}.", nameof(value));

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            var size = Math.Max(_buffer.Length * 2, Length + count);
            Array.Resize(ref _buffer, size);
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
