using System.Numerics;
using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Formats.Tests.Recordings;

public sealed class RecordingWriterTests
{
    [Fact]
    public void Write_OneSample_WritesMetadataHeaderAndFixedDecimals()
    {
        using var text = new StringWriter();
        var metadata = new RecordingMetadata
        {
            HeightMeters = 1.78,
            RollerDiameterMeters = 0.145,
            BodySensor = RecordingFormat.RightHip,
            RollerMount = RollerMount.FirmwareAxis,
            AdditionalProperties = new Dictionary<string, string> { ["seed"] = "7" },
        };
        var writer = new RecordingWriter(text, metadata);

        writer.Write(new ImuSample(TimeSpan.FromSeconds(1.23456), SensorRole.Body, new Vector3(0.1f, 9.80665f, -0.00001f), new Vector3(0.001234f, -2f, 0f)));

        Assert.Equal(
            "# format=backcare-recording/1\n# height_cm=178\n# roller_diameter_cm=14.5\n# body_sensor=right_hip\n"
            + "# roller_sensor=firmware_axis\n# seed=7\ntime_s,sensor,ax,ay,az,gx,gy,gz\n"
            + "1.2346,body,0.1000,9.8067,0.0000,0.00123,-2.00000,0.00000\n",
            text.ToString());
        Assert.Equal(1, writer.SamplesWritten);
    }

    [Fact]
    public void Write_CustomDecimals_Honoured()
    {
        using var text = new StringWriter();
        var settings = new RecordingWriterSettings { TimeDecimals = 2, AccelerationDecimals = 1, AngularVelocityDecimals = 0 };
        var writer = new RecordingWriter(text, RecordingMetadata.Empty, settings);

        writer.Write(new ImuSample(TimeSpan.FromSeconds(2), SensorRole.Roller, new Vector3(1.26f, 0, 0), new Vector3(3.6f, 0, 0)));

        Assert.EndsWith("\n2.00,roller,1.3,0.0,0.0,4,0,0\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TooManyDecimals_Throws()
    {
        var settings = new RecordingWriterSettings { AngularVelocityDecimals = 10 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordingWriter(TextWriter.Null, RecordingMetadata.Empty, settings));
    }

    [Fact]
    public void Write_NegativeTime_Throws()
    {
        var writer = new RecordingWriter(TextWriter.Null, RecordingMetadata.Empty);

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Write(new ImuSample(TimeSpan.FromSeconds(-1), SensorRole.Roller, Vector3.Zero, Vector3.Zero)));
    }

    [Property(MaxTest = 200)]
    public Property WriteThenRead_AnyPhysicalSamples_RoundTripsWithinWrittenPrecision() =>
        Prop.ForAll(Arbitraries.SampleSequences(), samples =>
        {
            var metadata = new RecordingMetadata { HeightMeters = 1.65, RollerDiameterMeters = 0.15, RollerMount = RollerMount.UnknownMount };
            var written = WriteToText(metadata, samples);
            using var reader = new RecordingReader(new StringReader(written), "roundtrip.csv");
            var read = reader.ReadSamples().ToList();

            // Within half a unit of the last written decimal (plus float rounding), and written again identically.
            return read.Count == samples.Length
                && read.Zip(samples).All(p => Close(p.First, p.Second))
                && WriteToText(reader.Metadata, read) == written
                && reader.Metadata.HeightMeters == 1.65 && reader.Metadata.RollerMount == RollerMount.UnknownMount;
        });

    private static bool Close(ImuSample read, ImuSample original) =>
        read.Sensor == original.Sensor
        && Math.Abs((read.Time - original.Time).TotalSeconds) <= 0.00005 + 1e-7
        && Near(read.Acceleration, original.Acceleration, 0.00005)
        && Near(read.AngularVelocity, original.AngularVelocity, 0.000005);

    private static bool Near(Vector3 a, Vector3 b, double halfUnit)
    {
        var tolerance = halfUnit + (Math.Max(a.Length(), b.Length()) * 1e-6);
        return Math.Abs(a.X - b.X) <= tolerance && Math.Abs(a.Y - b.Y) <= tolerance && Math.Abs(a.Z - b.Z) <= tolerance;
    }

    private static string WriteToText(RecordingMetadata metadata, IEnumerable<ImuSample> samples)
    {
        using var text = new StringWriter();
        new RecordingWriter(text, metadata).WriteAll(samples);
        return text.ToString();
    }

    private static class Arbitraries
    {
        // Samples inside the physical domain the reader accepts: |a| < 50 g, |ω| < 50 rad/s, time ascending per sensor.
        public static Arbitrary<ImuSample[]> SampleSequences()
        {
            var component = Gen.Choose(-2_000_000, 2_000_000).Select(i => i / 10_000.0f);
            var rate = Gen.Choose(-2_500_000, 2_500_000).Select(i => i / 100_000.0f);
            var step = Gen.Choose(0, 50_000).Select(i => TimeSpan.FromTicks(i * 10L));
            var sensor = Gen.Elements(SensorRole.Roller, SensorRole.Body);
            var row = Gen.Zip(Gen.Zip(step, sensor), Gen.Zip(Gen.Three(component), Gen.Three(rate)));
            return Gen.NonEmptyListOf(row).Select(rows =>
            {
                var time = TimeSpan.Zero;
                return rows.Select(r =>
                {
                    time += r.Item1.Item1;
                    var (ax, ay, az) = r.Item2.Item1;
                    var (gx, gy, gz) = r.Item2.Item2;
                    return new ImuSample(time, r.Item1.Item2, new Vector3(ax, ay, az), new Vector3(gx, gy, gz));
                }).ToArray();
            }).ToArbitrary();
        }
    }
}
