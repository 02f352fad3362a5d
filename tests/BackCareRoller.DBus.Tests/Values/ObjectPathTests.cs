using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Tests.Values;

public sealed class ObjectPathTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/org/bluez/hci0", true)]
    [InlineData("/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF/service000a/char000b", true)]
    [InlineData("", false)]
    [InlineData("org/bluez", false)]
    [InlineData("/org/", false)]
    [InlineData("//org", false)]
    [InlineData("/org//bluez", false)]
    [InlineData("/org/blu-ez", false)]
    [InlineData("/org/blüez", false)]
    public void IsValid_Path_FollowsTheSpecificationGrammar(string text, bool expected)
    {
        Assert.Equal(expected, ObjectPath.IsValid(text));
    }

    [Theory]
    [InlineData("/org/bluez/hci0", "/org/bluez", true)]
    [InlineData("/org/bluez", "/org/bluez", true)]
    [InlineData("/org/bluezz", "/org/bluez", false)]
    [InlineData("/org", "/org/bluez", false)]
    [InlineData("/anything", "/", true)]
    public void IsInNamespace_Path_MatchesWholeElementsOnly(string path, string root, bool expected)
    {
        Assert.Equal(expected, ObjectPath.Parse(path).IsInNamespace(ObjectPath.Parse(root)));
    }

    [Fact]
    public void Parse_InvalidPath_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ObjectPath.Parse("/trailing/"));
    }

    [Fact]
    public void Default_IsTheRootPath()
    {
        Assert.Equal(ObjectPath.Parse("/"), default);
    }
}
