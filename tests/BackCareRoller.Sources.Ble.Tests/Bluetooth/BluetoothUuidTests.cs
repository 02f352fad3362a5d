using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.Tests.Bluetooth;

public sealed class BluetoothUuidTests
{
    [Theory]
    [InlineData("180F")]
    [InlineData("0x180f")]
    [InlineData("0000180F-0000-1000-8000-00805F9B34FB")]
    public void Parse_ShortOrFullForm_GivesTheSameUuid(string text)
    {
        Assert.Equal(BluetoothUuid.FromShortId(0x180f), BluetoothUuid.Parse(text));
    }

    [Fact]
    public void ToString_Uuid_IsLowerCaseLikeBluez()
    {
        Assert.Equal("0000180f-0000-1000-8000-00805f9b34fb", BluetoothUuid.FromShortId(0x180f).ToString());
    }

    [Theory]
    [InlineData("18F")]
    [InlineData("xyz")]
    [InlineData("")]
    public void TryParse_Malformed_Fails(string text)
    {
        Assert.False(BluetoothUuid.TryParse(text, out _));
    }

    [Fact]
    public void Matches_ServiceAndIdFilters_AllMustHold()
    {
        var service = BluetoothUuid.FromShortId(0x1234);
        var options = new RequestDeviceOptions { Filters = [new BluetoothLEScanFilter { Services = [service], NamePrefix = "BCR-" }], DeviceId = "AA:BB:CC:DD:EE:FF" };

        Assert.True(options.Matches("aa:bb:cc:dd:ee:ff", "BCR-EEFF", [service]));
        Assert.False(options.Matches("AA:BB:CC:DD:EE:00", "BCR-EEFF", [service]));
        Assert.False(options.Matches("AA:BB:CC:DD:EE:FF", "Other", [service]));
        Assert.False(options.Matches("AA:BB:CC:DD:EE:FF", "BCR-EEFF", []));
    }
}
