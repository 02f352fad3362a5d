using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Wire;

internal static class MessageAssert
{
    /// <summary>Asserts every header field and body value is equal; the serial only when <paramref name="serial"/> is given.</summary>
    public static void Equal(DBusMessage expected, DBusMessage actual, uint? serial = null)
    {
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Flags, actual.Flags);
        if (serial is { } s)
        {
            Assert.Equal(s, actual.Serial);
        }

        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Interface, actual.Interface);
        Assert.Equal(expected.Member, actual.Member);
        Assert.Equal(expected.ErrorName, actual.ErrorName);
        Assert.Equal(expected.ReplySerial, actual.ReplySerial);
        Assert.Equal(expected.Destination, actual.Destination);
        Assert.Equal(expected.Sender, actual.Sender);
        Assert.Equal(expected.Signature, actual.Signature);
        Assert.Equal(expected.Body.Count, actual.Body.Count);
        for (var i = 0; i < expected.Body.Count; i++)
        {
            Assert.True(DBusValue.Equals(expected.Body[i], actual.Body[i]), $"Body value {i} differs: expected {expected.Body[i]}, got {actual.Body[i]}.");
        }
    }
}
