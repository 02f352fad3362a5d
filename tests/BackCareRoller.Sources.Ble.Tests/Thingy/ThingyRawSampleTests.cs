using System.Text.Json;
using BackCareRoller.Sources.Ble.Thingy;

namespace BackCareRoller.Sources.Ble.Tests.Thingy;

public sealed class ThingyRawSampleTests
{
    public static TheoryData<string> VectorNames => new(Vectors().GetProperty("vectors").EnumerateArray().Select(v => v.GetProperty("name").GetString()!));

    public static TheoryData<string> MalformedNames => new(Vectors().GetProperty("malformed").EnumerateArray().Select(v => v.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void TryDecode_Vector_GivesTheDocumentedPhysicalValues(string name)
    {
        var vector = Find("vectors", name);

        Assert.True(ThingyRawSample.TryDecode(Convert.FromHexString(vector.GetProperty("hex").GetString()!), out var sample));

        Assert.Equal(Triple(vector, "accel_g"), sample.AccelerationG);
        Assert.Equal(Triple(vector, "gyro_dps"), sample.AngularRateDps);
        Assert.Equal(Triple(vector, "compass_ut"), sample.MagneticFieldMicrotesla);
    }

    [Theory]
    [MemberData(nameof(MalformedNames))]
    public void TryDecode_WrongLength_Fails(string name)
    {
        Assert.False(ThingyRawSample.TryDecode(Convert.FromHexString(Find("malformed", name).GetProperty("hex").GetString()!), out _));
    }

    [Fact]
    public void Scales_OneG_AndOneDegreePerSecond_AreSiUnits()
    {
        Assert.Equal(9.80665, 1024 * ThingyRawSample.AccelerometerLsbScale, 5);
        Assert.Equal(Math.PI / 180, 32 * ThingyRawSample.GyroscopeLsbScale, 7);
    }

    [Fact]
    public void ToImuSample_DropsTheCompassAndKeepsCounts()
    {
        ThingyRawSample.TryDecode(Convert.FromHexString("0100020003000400050006000700080009 00".Replace(" ", string.Empty, StringComparison.Ordinal)), out var sample);

        Assert.Equal(new BackCareRoller.Protocol.Imu.RawImuSample(1, 2, 3, 4, 5, 6), sample.ToImuSample());
    }

    private static JsonElement Vectors() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "thingy52-raw-data.json"))).RootElement;

    private static JsonElement Find(string list, string name) =>
        Vectors().GetProperty(list).EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);

    private static (double, double, double) Triple(JsonElement vector, string property)
    {
        var values = vector.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return (values[0], values[1], values[2]);
    }
}
