using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Samples;
using BackCareRoller.Protocol.Tests.Configuration;

namespace BackCareRoller.Protocol.Tests.Samples;

public sealed class SampleScaleTests
{
    [Fact]
    public void Acceleration_OneGOnZAtFourG_Reads981MetresPerSecondSquared()
    {
        // ±4 g over int16: 8192 LSB per g (DESIGN.md section 2: still and level reads +9.81 up).
        var scale = SampleScale.From(DeviceConfigurationTests.Reference());

        var acceleration = scale.Acceleration(new RawImuSample(0, -8192, 8192, 0, 0, 0));

        Assert.Equal(0f, acceleration.X);
        Assert.Equal(-9.80665f, acceleration.Y, 4);
        Assert.Equal(9.80665f, acceleration.Z, 4);
    }

    [Fact]
    public void AngularVelocity_FullScaleAt500Dps_ReadsRadiansPerSecond()
    {
        var scale = SampleScale.From(DeviceConfigurationTests.Reference());

        var rate = scale.AngularVelocity(new RawImuSample(0, 0, 0, 32767, -32768, 0));

        Assert.Equal(500 * MathF.PI / 180 * 32767 / 32768, rate.X, 4);
        Assert.Equal(-500 * MathF.PI / 180, rate.Y, 4);
        Assert.Equal(0f, rate.Z);
    }
}
