using System.Buffers.Binary;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Wire;

public sealed class DBusMessageCodecTests
{
    public static TheoryData<string> GoldenNames => GoldenMessages.Names;

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void TryDecode_GLibGoldenMessage_DecodesToTheExpectedMessage(string name)
    {
        var bytes = GoldenMessages.Bytes(name);

        Assert.True(DBusMessageCodec.TryDecode(bytes, out var message, out var error), error);
        MessageAssert.Equal(GoldenMessages.Expected(name), message, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)) is var le && bytes[0] == 'l' ? le : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8)));
    }

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void Encode_GoldenMessageValues_MarshalsTheSameBodyBytesAsGLib(string name)
    {
        var golden = GoldenMessages.Bytes(name);
        if (golden[0] != 'l')
        {
            // We only send little-endian; the big-endian twins are covered by decoding.
            return;
        }

        var ours = DBusMessageCodec.Encode(GoldenMessages.Expected(name), 1);

        // GLib orders header fields differently (the specification allows any order); bodies must be identical.
        Assert.Equal(Convert.ToHexString(golden.AsSpan(RawMessage.BodyOffset(golden))), Convert.ToHexString(ours.AsSpan(RawMessage.BodyOffset(ours))));
    }

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void Encode_GoldenMessage_RoundTrips(string name)
    {
        var expected = GoldenMessages.Expected(name);

        Assert.True(DBusMessageCodec.TryDecode(DBusMessageCodec.Encode(expected, 77), out var back, out var error), error);
        MessageAssert.Equal(expected, back, 77);
    }

    [Fact]
    public void TryDecode_BigEndianTwin_EqualsTheLittleEndianMessage()
    {
        DBusMessageCodec.TryDecode(GoldenMessages.Bytes("managed_objects_reply"), out var little, out _);
        DBusMessageCodec.TryDecode(GoldenMessages.Bytes("managed_objects_reply_big_endian"), out var big, out _);

        MessageAssert.Equal(little!, big!, little!.Serial);
    }

    [Fact]
    public void Encode_HelloCall_MatchesTheHandComputedLayout()
    {
        var bytes = DBusMessageCodec.Encode(DBusMessage.CreateMethodCall(null, ObjectPath.Parse("/a"), null, "Hi"), 3);

        // 'l', call, no flags, v1, body 0, serial 3, fields 27 bytes: PATH o "/a", pad to 8, MEMBER s "Hi"; pad to 48.
        Assert.Equal(
            "6C01000100000000030000001B000000" + "01016F00" + "02000000" + "2F6100" + "0000000000" + "03017300" + "02000000" + "486900" + "0000000000",
            Convert.ToHexString(bytes));
    }

    [Fact]
    public void Encode_ZeroSerial_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C"), 0));
    }

    [Fact]
    public void Encode_StringWithNul_Throws()
    {
        Assert.Throws<ArgumentException>(() => DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C", "x\0y"), 1));
    }

    [Fact]
    public void Encode_LoneSurrogate_Throws()
    {
        Assert.Throws<ArgumentException>(() => DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C", "\ud800"), 1));
    }

    [Fact]
    public void Encode_VariantsNestedDeeperThan64_Throws()
    {
        object value = 1;
        for (var i = 0; i < 70; i++)
        {
            value = new DBusVariant(value);
        }

        Assert.Throws<ArgumentException>(() => DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C", value), 1));
    }

    [Fact]
    public void Encode_EmptyArrayOfStructs_PadsToTheElementAlignment()
    {
        var message = DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C", new DBusArray(DBusSignature.Parse("(ii)"), []));
        var bytes = DBusMessageCodec.Encode(message, 1);

        // Body: uint32 length 0, then 4 padding bytes to the 8-aligned (absent) first struct.
        Assert.Equal("0000000000000000", Convert.ToHexString(bytes.AsSpan(RawMessage.BodyOffset(bytes))));
        Assert.True(DBusMessageCodec.TryDecode(bytes, out var back, out _));
        Assert.Empty(((DBusArray)back.Body[0]).Items);
    }

    [Fact]
    public void TryDecode_ValidSignalBuiltByHand_Succeeds()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("su"), "su", ["x", 5u]);

        Assert.True(DBusMessageCodec.TryDecode(bytes, out var message, out var error), error);
        Assert.Equal(["x", 5u], message.Body);
    }

    [Fact]
    public void TryDecode_BooleanTwo_IsAnError()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("b"), "b", [true]);
        bytes[^4] = 2;

        AssertMalformed(bytes, "boolean holds 2");
    }

    [Fact]
    public void TryDecode_NonZeroPadding_IsAnError()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("yu"), "yu", [(byte)1, 5u]);
        bytes[RawMessage.BodyOffset(bytes) + 1] = 0xff;

        AssertMalformed(bytes, "non-zero padding");
    }

    [Theory]
    [InlineData(3, (byte)'d', "not NUL-terminated")]
    [InlineData(0, (byte)0xff, "not valid UTF-8")]
    [InlineData(1, (byte)0, "contains a NUL byte")]
    public void TryDecode_BadStringByte_IsAnError(int index, byte value, string fault)
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("s"), "s", ["abc"]);
        bytes[RawMessage.BodyOffset(bytes) + 4 + index] = value;

        AssertMalformed(bytes, fault);
    }

    [Fact]
    public void TryDecode_StringLengthPastTheEnd_IsAnError()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("s"), "s", ["abc"]);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(RawMessage.BodyOffset(bytes)), 0xfffffff0);

        AssertMalformed(bytes, "runs past the end");
    }

    [Theory]
    [InlineData(0, (byte)'X', "byte-order mark")]
    [InlineData(3, (byte)2, "protocol version 2")]
    [InlineData(1, (byte)0, "type 0")]
    public void TryDecode_BadFixedHeaderByte_IsAnError(int index, byte value, string fault)
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields());
        bytes[index] = value;

        AssertMalformed(bytes, fault);
    }

    [Fact]
    public void TryDecode_SerialZero_IsAnError()
    {
        AssertMalformed(RawMessage.Build(RawMessage.SignalFields(), serial: 0), "serial 0");
    }

    [Fact]
    public void TryDecode_ExtraByteAfterMessage_IsAnError()
    {
        AssertMalformed([.. RawMessage.Build(RawMessage.SignalFields()), 0], "announces");
    }

    [Fact]
    public void TryDecode_SignalWithoutInterface_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(1, ObjectPath.Root), (3, "Changed")]), "lacks the required INTERFACE");
    }

    [Fact]
    public void TryDecode_CallWithoutPath_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(3, "Ping")], type: DBusMessageType.MethodCall), "lacks the required PATH");
    }

    [Fact]
    public void TryDecode_ErrorWithoutReplySerial_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(4, "org.example.Error.Bad")], type: DBusMessageType.Error), "lacks the required REPLY_SERIAL");
    }

    [Fact]
    public void TryDecode_PathFieldOfTypeString_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(1, "/x"), (2, "a.b"), (3, "C")]), "has type \"s\"");
    }

    [Fact]
    public void TryDecode_DuplicateHeaderField_IsAnError()
    {
        AssertMalformed(RawMessage.Build([.. RawMessage.SignalFields(), (3, "Again")]), "appears twice");
    }

    [Fact]
    public void TryDecode_HeaderFieldCodeZero_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(0, "x"), .. RawMessage.SignalFields()]), "code 0");
    }

    [Fact]
    public void TryDecode_UnknownHeaderField_IsIgnored()
    {
        var bytes = RawMessage.Build([.. RawMessage.SignalFields(), (200, new DBusStruct(1, "future"))]);

        Assert.True(DBusMessageCodec.TryDecode(bytes, out var message, out var error), error);
        Assert.Equal("Changed", message.Member);
    }

    [Fact]
    public void TryDecode_InvalidInterfaceName_IsAnError()
    {
        AssertMalformed(RawMessage.Build([(1, ObjectPath.Root), (2, "nodots"), (3, "C")]), "not a valid name");
    }

    [Fact]
    public void TryDecode_BodyWithoutSignature_IsAnError()
    {
        AssertMalformed(RawMessage.Build(RawMessage.SignalFields(), rawBody: [1, 0, 0, 0]), "has no signature");
    }

    [Fact]
    public void TryDecode_BytesAfterTheLastBodyValue_IsAnError()
    {
        AssertMalformed(RawMessage.Build(RawMessage.SignalFields("y"), rawBody: [1, 0, 0, 0]), "follow the body");
    }

    [Fact]
    public void TryDecode_UnixFdsClaimed_IsAnError()
    {
        AssertMalformed(RawMessage.Build([.. RawMessage.SignalFields(), (9, 1u)]), "Unix file descriptors");
    }

    [Fact]
    public void TryDecode_UnknownMessageType_DecodesForTheCallerToIgnore()
    {
        Assert.True(DBusMessageCodec.TryDecode(RawMessage.Build(RawMessage.SignalFields(), type: (DBusMessageType)9), out var message, out _));
        Assert.Equal((DBusMessageType)9, message.Type);
    }

    [Fact]
    public void TryDecode_VariantsNested1000Deep_IsAnErrorNotAStackOverflow()
    {
        var body = new List<byte>();
        for (var i = 0; i < 1000; i++)
        {
            body.AddRange([1, (byte)'v', 0]);
        }

        body.AddRange([1, (byte)'y', 0, 7]);

        AssertMalformed(RawMessage.Build(RawMessage.SignalFields("v"), rawBody: [.. body]), "nest deeper than 64");
    }

    [Fact]
    public void TryDecode_VariantSignatureOfTwoTypes_IsAnError()
    {
        AssertMalformed(RawMessage.Build(RawMessage.SignalFields("v"), rawBody: [2, (byte)'y', (byte)'y', 0, 1, 2]), "not one complete type");
    }

    [Fact]
    public void TryDecode_ArrayLongerThanTheLimit_IsAnError()
    {
        var rawBody = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(rawBody, DBusLimits.MaxArrayLength + 1u);

        AssertMalformed(RawMessage.Build(RawMessage.SignalFields("ay"), rawBody: rawBody), "exceeds the limit");
    }

    [Fact]
    public void TryDecode_ArrayLengthNotAMultipleOfTheElement_IsAnError()
    {
        // ai of length 6 (one int32 and half of another), then padding and a uint32 the second element reads into.
        AssertMalformed(RawMessage.Build(RawMessage.SignalFields("aiu"), rawBody: [6, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0]), "overrun");
    }

    [Fact]
    public void TryGetMessageLength_FewerThan16Bytes_IsAnError()
    {
        Assert.False(DBusMessageCodec.TryGetMessageLength(new byte[15], DBusLimits.MaxMessageLength, out _, out var error));
        Assert.Contains("16 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetMessageLength_OverTheCallerLimit_IsAnError()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields("ay"), "ay", [new byte[100]]);

        Assert.True(DBusMessageCodec.TryGetMessageLength(bytes, bytes.Length, out var length, out _));
        Assert.Equal(bytes.Length, length);
        Assert.False(DBusMessageCodec.TryGetMessageLength(bytes, bytes.Length - 1, out _, out var error));
        Assert.Contains("exceeds the limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetMessageLength_BodyLengthNear4GiB_IsAnErrorWithoutOverflow()
    {
        var bytes = RawMessage.Build(RawMessage.SignalFields());
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), uint.MaxValue);

        Assert.False(DBusMessageCodec.TryGetMessageLength(bytes, int.MaxValue, out _, out _));
    }

    private static void AssertMalformed(byte[] bytes, string fault)
    {
        Assert.False(DBusMessageCodec.TryDecode(bytes, out var message, out var error), $"decoded {message}");
        Assert.Contains(fault, error, StringComparison.Ordinal);
    }
}
