using BackCareRoller.DBus.Transport;

namespace BackCareRoller.DBus.Tests.Transport;

public sealed class DBusAddressTests
{
    [Fact]
    public void Parse_UnixPath_GivesPathEndPoint()
    {
        var address = DBusAddress.Parse("unix:path=/tmp/dbus-test,guid=0123456789abcdef0123456789abcdef");

        Assert.Equal("unix", address.Transport);
        Assert.Equal("/tmp/dbus-test", address.Properties["path"]);
        Assert.Equal("/tmp/dbus-test", address.ToEndPoint().ToString());
    }

    [Fact]
    public void Parse_PercentEscapedValue_IsUnescaped()
    {
        Assert.Equal("/tmp/a b,c", DBusAddress.Parse("unix:path=/tmp/a%20b%2cc").Properties["path"]);
    }

    [Fact]
    public void ParseList_TwoAddresses_KeepsTheirOrder()
    {
        var addresses = DBusAddress.ParseList("unix:abstract=/tmp/x;unix:path=/run/bus");

        Assert.Equal(["abstract", "path"], addresses.Select(a => a.Properties.Keys.Single()));
    }

    [Theory]
    [InlineData("nocolon")]
    [InlineData(":path=/x")]
    [InlineData("unix:path")]
    [InlineData("unix:path=/a,path=/b")]
    [InlineData("unix:path=/a%2")]
    [InlineData("unix:path=/a%zz")]
    [InlineData(";")]
    public void Parse_MalformedAddress_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DBusAddress.ParseList(text));
    }

    [Fact]
    public void ToEndPoint_TcpTransport_IsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => DBusAddress.Parse("tcp:host=localhost,port=1").ToEndPoint());
    }

    [Fact]
    public void ToEndPoint_UnixWithoutPath_IsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => DBusAddress.Parse("unix:tmpdir=/tmp").ToEndPoint());
    }
}
