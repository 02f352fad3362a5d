using System.Text;
using BackCareRoller.Sources.SensorLogger;

namespace BackCareRoller.Sources.Tests.SensorLogger;

public sealed class SensorLoggerParserTests
{
    [Fact]
    public void TryParse_CapturedShapePayload_ReadsOurStreamsAndIgnoresTheRest()
    {
        var ok = SensorLoggerParser.TryParse(SensorLoggerPayloads.AndroidMessage(0), out var message, out var error);

        Assert.True(ok, error);
        Assert.Equal(0, message.MessageId);
        Assert.Equal("c3a1e0d2-5b1f-4a51-9a7e-2f4b0f7e1a11", message.SessionId);
        Assert.Equal("7f2b3c4d-aaaa-bbbb-cccc-0123456789ab", message.DeviceId);
        Assert.Equal(5, message.Readings.Count); // 2 accelerometer, 1 gravity, 2 gyroscope; location and battery ignored
        Assert.Contains(message.Readings, r => r.Sensor == SensorLoggerSensor.Gravity);
    }

    [Fact]
    public void TryParse_NanosecondTime_KeptExactlyAsInt64()
    {
        // 1698765432123456789 is not representable as a double; reading through double would change it.
        var json = """{"messageId":3,"sessionId":"s","deviceId":"d","payload":[{"name":"gyroscope","time":1698765432123456789,"values":{"x":0.1,"y":0.2,"z":0.3}}]}""";

        Assert.True(SensorLoggerParser.TryParse(Encoding.UTF8.GetBytes(json), out var message, out _));
        Assert.Equal(1698765432123456789L, message.Readings[0].TimeNanoseconds);
    }

    [Theory]
    [InlineData("nope", "not JSON")]
    [InlineData("""{"sessionId":"s","payload":[]}""", "expected {messageId")]
    [InlineData("""{"messageId":1,"payload":[{"name":"gyroscope","time":1.5e18,"values":{"x":0,"y":0,"z":0}}]}""", "whole UTC nanoseconds")]
    [InlineData("""{"messageId":1,"payload":[{"name":"gyroscope","time":1,"values":{"x":0,"y":"a","z":0}}]}""", "numeric x, y and z")]
    [InlineData("""{"messageId":1,"payload":[{"time":1}]}""", "no sensor name")]
    public void TryParse_BadPush_RefusesWithSentenceTheAppCanShow(string json, string expected)
    {
        var ok = SensorLoggerParser.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error);

        Assert.False(ok);
        Assert.StartsWith("BackCareRoller", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
