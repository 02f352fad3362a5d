using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Tests.Values;

public sealed class DBusValueTests
{
    [Fact]
    public void SignatureOf_EveryClrShape_HasItsTypeCode()
    {
        object[] values =
        [
            (byte)1, true, (short)1, (ushort)1, 1, 1u, 1L, 1UL, 1.0, "s", ObjectPath.Root, DBusSignature.Empty, new UnixFdIndex(0),
            new DBusVariant(1), new byte[] { 1 }, DBusArray.OfStrings(["a"]), DBusDictionary.StringVariants([]), new DBusStruct(1, "x"),
        ];

        var codes = string.Concat(values.Select(v => DBusValue.SignatureOf(v).Value));

        Assert.Equal("ybnqiuxtdsoghvayasa{sv}(is)", codes);
    }

    [Fact]
    public void SignatureOf_UnsupportedType_Throws()
    {
        Assert.Throws<ArgumentException>(() => DBusValue.SignatureOf(1.5f));
    }

    [Fact]
    public void Equals_ByteArraysWithSameContent_AreEqual()
    {
        Assert.True(DBusValue.Equals(new byte[] { 1, 2 }, new byte[] { 1, 2 }));
        Assert.False(DBusValue.Equals(new byte[] { 1, 2 }, new byte[] { 1, 3 }));
    }

    [Fact]
    public void Equals_NestedContainersWithSameContent_AreEqual()
    {
        static DBusDictionary Make(byte last) => DBusDictionary.StringVariants([new("Value", new byte[] { 1, last }), new("Flags", DBusArray.OfStrings(["read"]))]);

        Assert.Equal(Make(2), Make(2));
        Assert.NotEqual(Make(2), Make(3));
        Assert.Equal(Make(2).GetHashCode(), Make(2).GetHashCode());
    }

    [Fact]
    public void Equals_VariantsOfDifferentIntegerWidths_AreNotEqual()
    {
        Assert.NotEqual(new DBusVariant((short)1), new DBusVariant(1));
    }

    [Fact]
    public void DBusArray_ItemOfAnotherType_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DBusArray(DBusSignature.Parse("s"), ["a", 1]));
    }

    [Fact]
    public void DBusArray_OfBytes_ThrowsBecauseByteArraysAreByteArrays()
    {
        Assert.Throws<ArgumentException>(() => new DBusArray(DBusSignature.Parse("y"), [(byte)1]));
    }

    [Fact]
    public void DBusDictionary_ContainerKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DBusDictionary(DBusSignature.Parse("v"), DBusSignature.Parse("s"), []));
    }

    [Fact]
    public void DBusStruct_NoFields_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DBusStruct());
    }

    [Fact]
    public void ToStringVariantMap_Properties_UnwrapsVariants()
    {
        var map = DBusDictionary.StringVariants([new("Powered", true), new("Name", "hci0")]).ToStringVariantMap();

        Assert.Equal(true, map["Powered"]);
        Assert.Equal("hci0", map["Name"]);
    }

    [Fact]
    public void TryGetValue_MissingKey_ReturnsFalse()
    {
        Assert.False(DBusDictionary.StringVariants([new("A", 1)]).TryGetValue("B", out _));
    }
}
