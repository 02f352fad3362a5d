using BackCareRoller.Sources.Ble.Thingy;

namespace BackCareRoller.Sources.Ble.Tests.Thingy;

public sealed class ThingyMotionConfigurationTests
{
    [Fact]
    public void TryWrite_Configuration_IsPackedLittleEndianNineBytes()
    {
        var bytes = new byte[9];

        Assert.True(new ThingyMotionConfiguration(1000, 500, 250, 100, 1).TryWrite(bytes, out var written));

        Assert.Equal(9, written);
        Assert.Equal("E803F401FA00640001", Convert.ToHexString(bytes));
    }

    [Fact]
    public void TryDecode_WrittenBytes_RoundTrip()
    {
        var configuration = new ThingyMotionConfiguration(100, 5000, 1000, 200, 0);
        var bytes = new byte[9];
        configuration.TryWrite(bytes, out _);

        Assert.True(ThingyMotionConfiguration.TryDecode(bytes, out var back));
        Assert.Equal(configuration, back);
    }

    [Fact]
    public void TryDecode_EightBytes_Fails()
    {
        Assert.False(ThingyMotionConfiguration.TryDecode(new byte[8], out _));
    }

    [Fact]
    public void TryWrite_DestinationTooSmall_Fails()
    {
        Assert.False(new ThingyMotionConfiguration(1, 1, 1, 1, 1).TryWrite(new byte[8], out var written));
        Assert.Equal(0, written);
    }
}
