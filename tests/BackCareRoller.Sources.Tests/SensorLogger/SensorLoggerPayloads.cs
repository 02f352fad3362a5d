using System.Globalization;
using System.Text;

namespace BackCareRoller.Sources.Tests.SensorLogger;

/// <summary>
/// Sensor Logger HTTP-push bodies in the shape the app documents: one JSON object per push with messageId,
/// sessionId, deviceId and a payload of entries {name, time (UTC epoch ns), values}. Android streams: the
/// gravity-free accelerometer, gravity and gyroscope, plus streams this product ignores (location, battery).
/// </summary>
internal static class SensorLoggerPayloads
{
    public const long StartNanoseconds = 1_698_765_432_000_000_000;

    public static byte[] AndroidMessage(long messageId, long offsetNanoseconds = 0) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$$"""
        {"messageId":{{{messageId}}},"sessionId":"c3a1e0d2-5b1f-4a51-9a7e-2f4b0f7e1a11","deviceId":"7f2b3c4d-aaaa-bbbb-cccc-0123456789ab","payload":[
          {"name":"accelerometer","time":{{{StartNanoseconds + offsetNanoseconds}}},"values":{"z":0.02,"y":0.01,"x":-0.03}},
          {"name":"gravity","time":{{{StartNanoseconds + offsetNanoseconds + 1_000_000}}},"values":{"z":0.0,"y":9.80,"x":0.0}},
          {"name":"location","time":{{{StartNanoseconds + offsetNanoseconds}}},"values":{"latitude":51.5,"longitude":-0.12,"altitude":20,"bearing":0,"speed":0}},
          {"name":"gyroscope","time":{{{StartNanoseconds + offsetNanoseconds + 2_000_000}}},"values":{"z":0.003,"y":-0.002,"x":0.5}},
          {"name":"accelerometer","time":{{{StartNanoseconds + offsetNanoseconds + 10_000_000}}},"values":{"z":0.0,"y":0.0,"x":0.0}},
          {"name":"battery","time":{{{StartNanoseconds + offsetNanoseconds}}},"values":{"batteryLevel":0.8,"batteryState":"unplugged"}},
          {"name":"gyroscope","time":{{{StartNanoseconds + offsetNanoseconds + 12_000_000}}},"values":{"z":0.0,"y":0.0,"x":0.6}}
        ]}
        """));
}
