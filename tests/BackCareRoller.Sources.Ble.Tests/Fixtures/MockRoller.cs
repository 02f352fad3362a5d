using BackCareRoller.DBus.Values;
using BackCareRoller.Protocol;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Status;
using BackCareRoller.Sources.Ble.Thingy;

namespace BackCareRoller.Sources.Ble.Tests.Fixtures;

/// <summary>A BackCareRoller (or a Thingy:52) in the bluez mock: device, GATT objects, battery, control-point responder.</summary>
public sealed class MockRoller
{
    public const string Address = "C8:4F:12:9E:1A:2B";
    public const string Name = "BCR-1A2B";
    public const string ThingyAddress = "D1:D2:D3:D4:D5:D6";

    /// <summary>The reference roller of SPEC.md appendix A: 1.0, firmware 1.2.3, 100 Hz, ±4 g, RollerX, ±500 °/s, 150 mm, haptic.</summary>
    public static readonly DeviceConfiguration ReferenceConfiguration = new()
    {
        ProtocolVersionMajor = 1,
        ProtocolVersionMinor = 0,
        FirmwareMajor = 1,
        FirmwareMinor = 2,
        FirmwarePatch = 3,
        SampleRateHz = 100,
        AccelerometerFullScaleG = 4,
        AxisConvention = AxisConvention.RollerX,
        GyroscopeFullScaleDps = 500,
        AccelerometerLsbScale = (float)(4 * 9.80665 / 32768),
        GyroscopeLsbScale = (float)(500 * Math.PI / 180 / 32768),
        RollerDiameterMillimetres = 150,
        SensorOffsetMillimetres = 0,
        Capabilities = DeviceCapabilities.Haptic | DeviceCapabilities.Charger | DeviceCapabilities.IdentifyLed,
    };

    private MockRoller(BluezMock mock, ObjectPath device)
    {
        Mock = mock;
        Device = device;
    }

    public BluezMock Mock { get; }

    public ObjectPath Device { get; }

    public ObjectPath Imu => Child("service0010/char0011");

    public ObjectPath ControlPoint => Child("service0010/char0016");

    public ObjectPath ThingyRaw => Child("service0040/char0046");

    public ObjectPath ThingyConfiguration => Child("service0040/char0041");

    /// <summary>Adds a roller advertising the BackCareRoller service, with its GATT service, battery and control point.</summary>
    public static async Task<MockRoller> AddAsync(BluezMock mock, DeviceConfiguration? configuration = null, byte[]? rawConfiguration = null, short rssi = -52)
    {
        // Complete the GATT database before the device advertises its service, as a real roller's is.
        var device = await mock.AddDeviceAsync(Address, Name, rssi);
        var roller = new MockRoller(mock, device);
        var service = await mock.AddServiceAsync(device, "service0010", PacketLayout.ServiceUuid);
        var configBytes = rawConfiguration ?? Encode(configuration ?? ReferenceConfiguration);
        await mock.AddCharacteristicAsync(service, "char0011", PacketLayout.ImuDataUuid, ["notify"]);
        await mock.AddCharacteristicAsync(service, "char0014", PacketLayout.ConfigurationUuid, ["read"], configBytes);
        var control = await mock.AddCharacteristicAsync(service, "char0016", PacketLayout.ControlPointUuid, ["write", "indicate"]);
        await mock.AddCharacteristicAsync(service, "char0019", PacketLayout.StatusUuid, ["read", "notify"], [64, 0x10, 0, 0, 0]);
        await mock.SetControlPointAsync(control);
        await mock.AddBatteryAsync(device, 87);
        await mock.UpdateAsync(device, "org.bluez.Device1", new KeyValuePair<string, object>("UUIDs", DBusArray.OfStrings([PacketLayout.ServiceUuid])));
        return roller;
    }

    /// <summary>Adds a Thingy:52 advertising its configuration service, with the motion service's raw data and configuration.</summary>
    public static async Task<MockRoller> AddThingyAsync(BluezMock mock, ushort motionFrequencyHz = 10)
    {
        var device = await mock.AddDeviceAsync(ThingyAddress, "Thingy", -60);
        var roller = new MockRoller(mock, device);
        var motion = await mock.AddServiceAsync(device, "service0040", ThingyGatt.MotionService.ToString());
        var configuration = new byte[ThingyMotionConfiguration.Size];
        new ThingyMotionConfiguration(1000, 500, 500, motionFrequencyHz, 1).TryWrite(configuration, out _);
        await mock.AddCharacteristicAsync(motion, "char0041", ThingyGatt.MotionConfiguration.ToString(), ["read", "write"], configuration);
        await mock.AddCharacteristicAsync(motion, "char0046", ThingyGatt.RawData.ToString(), ["notify"]);
        await mock.UpdateAsync(device, "org.bluez.Device1", new KeyValuePair<string, object>("UUIDs", DBusArray.OfStrings([ThingyGatt.ConfigurationService.ToString()])));
        return roller;
    }

    public static byte[] Encode(DeviceConfiguration configuration)
    {
        var bytes = new byte[PacketLayout.ConfigurationSize];
        configuration.TryWrite(bytes, out _);
        return bytes;
    }

    /// <summary>Builds an IMU packet; sample i has accelerometer (i, 2i, 8192) and gyro (first + i, 0, -first - i) LSB.</summary>
    public static byte[] Packet(ushort sequence, uint timestampMicroseconds, int samples, short first = 100, ImuPacketFlags flags = ImuPacketFlags.None)
    {
        var raw = Enumerable.Range(0, samples).Select(i => new RawImuSample((short)i, (short)(2 * i), 8192, (short)(first + i), 0, (short)(-first - i))).ToArray();
        var bytes = new byte[ImuPacket.PacketSize(samples)];
        ImuPacket.TryWrite(flags, sequence, timestampMicroseconds, raw, bytes, out _);
        return bytes;
    }

    public Task NotifyAsync(byte[] packet) => Mock.NotifyAsync(Imu, packet);

    private ObjectPath Child(string relative) => ObjectPath.Parse(Device.Value + "/" + relative);
}
