using System.Buffers.Binary;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.DBus.Tests.Wire;

/// <summary>
/// Fuzzing of the codec: every valid message round-trips, and random, truncated or mutated bytes give an error
/// result — never an exception, a hang or a stack overflow.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
public sealed class DBusMessageCodecProperties
{
    [Property]
    public bool Encode_AnyBody_DecodesToEqualValues(SignalBody body)
    {
        var message = DBusMessage.CreateSignal(ObjectPath.Parse("/p"), "com.example.Fuzz", "Values", body.Values);

        return DBusMessageCodec.TryDecode(DBusMessageCodec.Encode(message, 9), out var back, out _)
            && back.Signature == message.Signature
            && back.Body.Count == message.Body.Count
            && back.Body.Zip(message.Body).All(p => DBusValue.Equals(p.First, p.Second));
    }

    [Property]
    public bool TryDecode_BodyCutShortWithConsistentLengths_IsAnError(SignalBody body, PositiveInt cut)
    {
        var message = DBusMessage.CreateSignal(ObjectPath.Parse("/p"), "com.example.Fuzz", "Values", body.Values);
        var bytes = DBusMessageCodec.Encode(message, 9);
        var bodyLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4));
        if (bodyLength == 0)
        {
            return true;
        }

        // Shorten the body and say so in the header: the framing is right, the content is missing.
        var remove = 1 + ((cut.Get - 1) % bodyLength);
        var truncated = bytes[..^remove];
        BinaryPrimitives.WriteUInt32LittleEndian(truncated.AsSpan(4), (uint)(bodyLength - remove));

        return !DecodeNeverThrows(truncated);
    }

    [Property]
    public bool TryDecode_MessageWithMutatedBytes_ReturnsAResultWithoutThrowing(SignalBody body, NonEmptyArray<(int Index, byte Value)> mutations)
    {
        var message = DBusMessage.CreateSignal(ObjectPath.Parse("/p"), "com.example.Fuzz", "Values", body.Values);
        var bytes = DBusMessageCodec.Encode(message, 9);
        foreach (var (index, value) in mutations.Get)
        {
            bytes[Math.Abs(index % bytes.Length)] = value;
        }

        DecodeNeverThrows(bytes);
        return true;
    }

    [Property]
    public bool TryDecode_RandomBytesBehindAPlausibleFixedHeader_ReturnsAResultWithoutThrowing(byte type, byte[] rest)
    {
        // A fixed header that frames exactly the random bytes, so decoding gets past the length check.
        var fieldsLength = rest.Length;
        var bytes = new byte[16 + rest.Length];
        bytes[0] = (byte)'l';
        bytes[1] = type;
        bytes[3] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), (uint)(fieldsLength / 8 * 8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(fieldsLength % 8));
        rest.CopyTo(bytes, 16);

        DecodeNeverThrows(bytes);
        return true;
    }

    [Property]
    public bool TryDecode_AnyPrefixOfAValidMessage_IsAnError(SignalBody body, PositiveInt cut)
    {
        var bytes = DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Parse("/p"), "com.example.Fuzz", "Values", body.Values), 9);
        var length = cut.Get % bytes.Length;

        return !DecodeNeverThrows(bytes[..length]);
    }

    private static bool DecodeNeverThrows(byte[] bytes)
    {
        try
        {
            return DBusMessageCodec.TryDecode(bytes, out _, out _);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"TryDecode threw on {Convert.ToHexString(bytes)}", ex);
        }
    }

    /// <summary>A message body: values of random signatures (wrapped so FsCheck shrinks and prints it as one).</summary>
    public sealed record SignalBody(object[] Values)
    {
        public override string ToString() => $"({string.Concat(Values.Select(v => DBusValue.SignatureOf(v).Value))}) {string.Join(", ", Values)}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<SignalBody> Bodies() => DBusValueGen.Body.Select(values => new SignalBody(values)).ToArbitrary();
    }
}
