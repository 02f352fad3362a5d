using System.Text;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Status;

namespace BackCareRoller.Protocol.Tests.TestVectors;

/// <summary>
/// Runs the C# codec against every golden vector, exactly as tests/vector_test.c runs bcr_protocol.h: same status,
/// same fields, and re-encoding gives the same bytes. Together they prove the two implementations agree byte for byte.
/// </summary>
public sealed class VectorTests
{
    public static TheoryData<string> VectorNames()
    {
        var names = new TheoryData<string>();
        foreach (var vector in VectorFiles.All)
        {
            names.Add(vector.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void TryDecode_GoldenVector_MatchesStatusFieldsAndBytes(string name)
    {
        var vector = VectorFiles.Named(name);
        switch (vector.Kind)
        {
            case "imu":
                CheckImu(vector);
                break;
            case "configuration":
                CheckConfiguration(vector);
                break;
            case "control_command":
                CheckCommand(vector);
                break;
            case "control_response":
                CheckResponse(vector);
                break;
            case "status":
                CheckStatus(vector);
                break;
            default:
                Assert.Fail($"{vector}: unknown kind '{vector.Kind}'");
                break;
        }

        Assert.Empty(vector.UnusedKeys());
    }

    [Fact]
    public void VectorFiles_AllKinds_HaveValidAndMalformedVectors()
    {
        var byKind = VectorFiles.All.GroupBy(vector => vector.Kind).ToDictionary(group => group.Key, group => group.ToList());

        Assert.Equal(["configuration", "control_command", "control_response", "imu", "status"], byKind.Keys.Order(StringComparer.Ordinal));
        Assert.All(byKind.Values, vectors => Assert.Contains(vectors, vector => vector.Status == "ok"));
        Assert.All(byKind.Values, vectors => Assert.Contains(vectors, vector => vector.Status != "ok"));
        Assert.Equal(VectorFiles.All.Count, VectorFiles.All.Select(vector => vector.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void VectorFiles_EveryDecodeStatus_IsExercised()
    {
        var statuses = VectorFiles.All.Select(vector => vector.Status).ToHashSet(StringComparer.Ordinal);

        Assert.All(Enum.GetValues<DecodeStatus>(), status => Assert.Contains(StatusName(status), statuses));
    }

    /// <summary>"TooShort" → "too_short", the spelling of the vector files and of BcrDecodeStatusName.</summary>
    internal static string StatusName(DecodeStatus status)
    {
        var text = status.ToString();
        var builder = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsUpper(character) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    private static void ExpectStatus(ProtocolVector vector, DecodeStatus status) =>
        Assert.True(vector.Status == StatusName(status), $"{vector}: expected {vector.Status}, decoded {StatusName(status)}");

    private static void ExpectEncoding(ProtocolVector vector, bool encoded, ReadOnlySpan<byte> bytes)
    {
        Assert.True(encoded, $"{vector}: the decoded value did not encode");
        var expected = vector.Bytes;
        if (vector.Canonical)
        {
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(bytes));
        }
        else
        {
            Assert.True(bytes.Length < expected.Length, $"{vector}: a non-canonical vector must be longer than its 1.0 encoding");
            Assert.Equal(Convert.ToHexString(expected.AsSpan(0, bytes.Length)), Convert.ToHexString(bytes));
        }
    }

    private static void CheckImu(ProtocolVector vector)
    {
        var status = ImuPacket.TryDecode(vector.Bytes, out var packet);
        ExpectStatus(vector, status);
        if (status != DecodeStatus.Ok)
        {
            Assert.Equal(0, packet.SampleCount);
            return;
        }

        Assert.Equal(vector.TakeInteger("version"), packet.Version);
        Assert.Equal(vector.TakeInteger("flags"), (long)packet.Flags);
        Assert.Equal(vector.TakeInteger("sequence"), packet.Sequence);
        Assert.Equal(vector.TakeInteger("timestamp_us"), packet.TimestampMicroseconds);
        Assert.Equal(vector.TakeInteger("sample_count"), packet.SampleCount);
        var samples = new RawImuSample[packet.SampleCount];
        for (var i = 0; i < samples.Length; i++)
        {
            var text = vector.Take("sample");
            Assert.True(text is not null, $"{vector}: missing sample {i}");
            var values = text.Split(' ').Select(short.Parse).ToArray();
            samples[i] = packet.GetSample(i);
            Assert.Equal(new RawImuSample(values[0], values[1], values[2], values[3], values[4], values[5]), samples[i]);
        }

        var buffer = new byte[PacketLayout.ImuMaxPacketSize];
        var encoded = ImuPacket.TryWrite(packet.Flags, packet.Sequence, packet.TimestampMicroseconds, samples, buffer, out var written);
        ExpectEncoding(vector, encoded, buffer.AsSpan(0, written));
    }

    private static void CheckConfiguration(ProtocolVector vector)
    {
        var status = DeviceConfiguration.TryDecode(vector.Bytes, out var configuration);
        ExpectStatus(vector, status);
        if (status != DecodeStatus.Ok)
        {
            Assert.Equal(default, configuration);
            return;
        }

        Assert.Equal(vector.TakeInteger("protocol_major"), configuration.ProtocolVersionMajor);
        Assert.Equal(vector.TakeInteger("protocol_minor"), configuration.ProtocolVersionMinor);
        Assert.Equal(vector.TakeInteger("firmware_major"), configuration.FirmwareMajor);
        Assert.Equal(vector.TakeInteger("firmware_minor"), configuration.FirmwareMinor);
        Assert.Equal(vector.TakeInteger("firmware_patch"), configuration.FirmwarePatch);
        Assert.Equal(vector.TakeInteger("sample_rate_hz"), configuration.SampleRateHz);
        Assert.Equal(vector.TakeInteger("accel_full_scale_g"), configuration.AccelerometerFullScaleG);
        Assert.Equal(vector.TakeInteger("axis_convention"), (long)configuration.AxisConvention);
        Assert.Equal(vector.TakeInteger("gyro_full_scale_dps"), configuration.GyroscopeFullScaleDps);
        Assert.Equal(BitConverter.SingleToInt32Bits(vector.TakeFloat("accel_lsb_scale")), BitConverter.SingleToInt32Bits(configuration.AccelerometerLsbScale));
        Assert.Equal(BitConverter.SingleToInt32Bits(vector.TakeFloat("gyro_lsb_scale")), BitConverter.SingleToInt32Bits(configuration.GyroscopeLsbScale));
        Assert.Equal(vector.TakeInteger("roller_diameter_mm"), configuration.RollerDiameterMillimetres);
        Assert.Equal(vector.TakeInteger("sensor_offset_mm"), configuration.SensorOffsetMillimetres);
        Assert.Equal(vector.TakeInteger("capabilities"), (long)configuration.Capabilities);

        var buffer = new byte[PacketLayout.ConfigurationSize];
        ExpectEncoding(vector, configuration.TryWrite(buffer, out var written), buffer.AsSpan(0, written));
    }

    private static void CheckCommand(ProtocolVector vector)
    {
        var status = ControlCommand.TryDecode(vector.Bytes, out var command);
        ExpectStatus(vector, status);
        if (status != DecodeStatus.Ok)
        {
            Assert.Equal(default, command);
            return;
        }

        // Parameters a vector does not list must decode as 0.
        Assert.Equal(vector.TakeInteger("opcode"), (long)command.Opcode);
        Assert.Equal(vector.TakeInteger("token"), command.Token);
        Assert.Equal(vector.TakeInteger("sample_rate_hz", required: false), command.SampleRateHz);
        Assert.Equal(vector.TakeInteger("zero_gyro_ms", required: false), command.ZeroGyroMilliseconds);
        Assert.Equal(vector.TakeInteger("identify_s", required: false), command.IdentifySeconds);
        Assert.Equal(vector.TakeInteger("intensity_percent", required: false), command.Haptic.IntensityPercent);
        Assert.Equal(vector.TakeInteger("pulse_count", required: false), command.Haptic.PulseCount);
        Assert.Equal(vector.TakeInteger("on_ms", required: false), command.Haptic.OnMilliseconds);
        Assert.Equal(vector.TakeInteger("off_ms", required: false), command.Haptic.OffMilliseconds);

        var buffer = new byte[PacketLayout.CommandMaxSize];
        ExpectEncoding(vector, command.TryWrite(buffer, out var written), buffer.AsSpan(0, written));
    }

    private static void CheckResponse(ProtocolVector vector)
    {
        var status = ControlResponse.TryDecode(vector.Bytes, out var response);
        ExpectStatus(vector, status);
        if (status != DecodeStatus.Ok)
        {
            Assert.Equal(default, response);
            return;
        }

        Assert.Equal(vector.TakeInteger("request_opcode"), (long)response.RequestOpcode);
        Assert.Equal(vector.TakeInteger("token"), response.Token);
        Assert.Equal(vector.TakeInteger("result"), (long)response.Result);

        var buffer = new byte[PacketLayout.ResponseSize];
        ExpectEncoding(vector, response.TryWrite(buffer, out var written), buffer.AsSpan(0, written));
    }

    private static void CheckStatus(ProtocolVector vector)
    {
        var status = DeviceStatus.TryDecode(vector.Bytes, out var deviceStatus);
        ExpectStatus(vector, status);
        if (status != DecodeStatus.Ok)
        {
            Assert.Equal(default, deviceStatus);
            return;
        }

        Assert.Equal(vector.TakeInteger("battery_percent"), deviceStatus.BatteryPercent);
        Assert.Equal(vector.TakeInteger("flags"), (long)deviceStatus.Flags);
        Assert.Equal(vector.TakeInteger("sensor_fault"), (long)deviceStatus.SensorFault);
        Assert.Equal(vector.TakeInteger("dropped_samples"), deviceStatus.DroppedSamples);

        var buffer = new byte[PacketLayout.StatusSize];
        ExpectEncoding(vector, deviceStatus.TryWrite(buffer, out var written), buffer.AsSpan(0, written));
    }
}
