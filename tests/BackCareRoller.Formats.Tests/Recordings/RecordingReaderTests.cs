using System.Numerics;
using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Formats.Tests.Recordings;

public sealed class RecordingReaderTests
{
    private const string RollerRow = "0.000,roller,0.012,9.806,0.031,0.0012,-0.0004,0.0021";
    private const string BodyRow = "0.004,body,0.101,9.790,0.220,0.0100,0.0020,-0.0030";

    [Fact]
    public void ReadSamples_DesignExample_ReturnsBothRowsInSiUnits()
    {
        var text = "# format=backcare-recording/1\n# height_cm=178\n# roller_diameter_cm=15\n"
            + RecordingFormat.Header + "\n" + RollerRow + "\n" + BodyRow + "\n";

        var samples = RecordingText.ReadAll(text);

        Assert.Equal(
            [
                new ImuSample(TimeSpan.Zero, SensorRole.Roller, new Vector3(0.012f, 9.806f, 0.031f), new Vector3(0.0012f, -0.0004f, 0.0021f)),
                new ImuSample(TimeSpan.FromMilliseconds(4), SensorRole.Body, new Vector3(0.101f, 9.790f, 0.220f), new Vector3(0.0100f, 0.0020f, -0.0030f)),
            ],
            samples);
    }

    [Fact]
    public void Metadata_AllKnownKeys_MappedToSiAndMount()
    {
        var text = "# format=backcare-recording/1\n# height_cm=178\n# roller_diameter_cm=14.5\n# body_sensor=right_hip\n"
            + "# roller_sensor=unknown_mount\n" + RecordingFormat.Header + "\n" + RollerRow + "\n";
        using var reader = RecordingText.Open(text);

        var metadata = reader.Metadata;

        Assert.Equal(RecordingFormat.FormatName, metadata.Format);
        Assert.Equal(1.78, metadata.HeightMeters!.Value, 12);
        Assert.Equal(0.145, metadata.RollerDiameterMeters!.Value, 12);
        Assert.Equal("right_hip", metadata.BodySensor);
        Assert.Equal(RollerMount.UnknownMount, metadata.RollerMount);
        Assert.Empty(metadata.AdditionalProperties);
    }

    [Fact]
    public void Metadata_UnknownKeysAndComments_KeptOrIgnoredWithoutError()
    {
        var text = "# format=backcare-recording/1\n# recorded with the phone app\n# seed = 42\n# app_version=2.1\n"
            + RecordingFormat.Header + "\n" + RollerRow + "\n";
        using var reader = RecordingText.Open(text);

        Assert.Equal(
            new Dictionary<string, string> { ["seed"] = "42", ["app_version"] = "2.1" },
            reader.Metadata.AdditionalProperties);
        Assert.Null(reader.Metadata.HeightMeters);
        Assert.Single(reader.ReadSamples());
    }

    [Fact]
    public void ReadSamples_NoMetadataCrLfBomAndNoFinalNewline_Accepted()
    {
        var text = "\uFEFF" + RecordingFormat.Header + "\r\n" + RollerRow + "\r\n" + BodyRow;
        var path = Path.Combine(Path.GetTempPath(), $"backcare-reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            using var reader = RecordingReader.Open(path);
            var samples = reader.ReadSamples().ToList();

            Assert.Equal([SensorRole.Roller, SensorRole.Body], samples.Select(s => s.Sensor));
            Assert.Null(reader.Metadata.Format);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadSamples_EqualTimesAndInterleavedSensors_Accepted()
    {
        var text = RecordingText.WithRows(
            "0.010,roller,0,9.81,0,0,0,0",
            "0.000,body,0,9.81,0,0,0,0",
            "0.010,roller,0,9.81,0,0,0,0",
            "0.005,body,0,9.81,0,0,0,0");

        var samples = RecordingText.ReadAll(text);

        Assert.Equal(4, samples.Count);
    }

    [Fact]
    public void ReadSamples_ExponentAndSpaces_ParsedLikeDoubleParse()
    {
        var text = RecordingText.WithRows(" 1.5e-1 , Roller ,+1E1,-0,.5,7.,0,0");

        var sample = Assert.Single(RecordingText.ReadAll(text));

        Assert.Equal(TimeSpan.FromMilliseconds(150), sample.Time);
        Assert.Equal(new Vector3(10f, 0f, 0.5f), sample.Acceleration);
        Assert.Equal(new Vector3(7f, 0f, 0f), sample.AngularVelocity);
    }

    public static TheoryData<string, RecordingErrorKind, long, string> BadFiles => new()
    {
        { string.Empty, RecordingErrorKind.EmptyFile, 0, "empty" },
        { "\n  \n", RecordingErrorKind.EmptyFile, 0, "empty" },
        { "# height_cm=170\n", RecordingErrorKind.MissingHeader, 0, "header" },
        { "# format=backcare-recording/1\n0.0,roller,0,9.81,0,0,0,0\n", RecordingErrorKind.MissingHeader, 2, "data row" },
        { "t,s,a,b,c,d,e,f\n", RecordingErrorKind.MissingHeader, 1, "'t,s,a,b,c,d,e,f'" },
        { "# format=backcare-recording/2\n" + RecordingFormat.Header + "\n", RecordingErrorKind.UnsupportedFormat, 1, "backcare-recording/2" },
        { "# height_cm=tall\n" + RecordingFormat.Header + "\n", RecordingErrorKind.BadMetadata, 1, "height_cm 'tall'" },
        { "# roller_diameter_cm=0\n" + RecordingFormat.Header + "\n", RecordingErrorKind.BadMetadata, 1, "roller_diameter_cm '0'" },
        { "# roller_sensor=sideways\n" + RecordingFormat.Header + "\n", RecordingErrorKind.BadMetadata, 1, "roller_sensor 'sideways'" },
        { RecordingText.WithRows(RollerRow, "# height_cm=170"), RecordingErrorKind.MisplacedMetadata, 4, "before the header" },
        { RecordingText.WithRows(RollerRow, "0.1,roller,0,9.81,0,0,0"), RecordingErrorKind.WrongColumnCount, 4, "found 7" },
        { RecordingText.WithRows("0.1,roller,0,9.81,0,0,0,0,"), RecordingErrorKind.WrongColumnCount, 3, "found 9" },
        { RecordingText.WithRows("0.1,wrist,0,9.81,0,0,0,0"), RecordingErrorKind.UnknownSensor, 3, "'wrist'" },
        { RecordingText.WithRows("0.1,roller,0,9.81,0,0,1..2,0"), RecordingErrorKind.UnparsableNumber, 3, "column 'gy': '1..2'" },
        { RecordingText.WithRows("abc,roller,0,9.81,0,0,0,0"), RecordingErrorKind.UnparsableNumber, 3, "column 'time_s': 'abc'" },
        { RecordingText.WithRows("0.1,roller,0,,0,0,0,0"), RecordingErrorKind.UnparsableNumber, 3, "column 'ay'" },
        { RecordingText.WithRows("0.1,roller,NaN,9.81,0,0,0,0"), RecordingErrorKind.NotFinite, 3, "column 'ax': 'NaN'" },
        { RecordingText.WithRows("0.1,body,0,9.81,-Infinity,0,0,0"), RecordingErrorKind.NotFinite, 3, "column 'az'" },
        { RecordingText.WithRows("-0.1,roller,0,9.81,0,0,0,0"), RecordingErrorKind.TimeOutOfRange, 3, "time_s -0.1" },
        { RecordingText.WithRows("1e12,roller,0,9.81,0,0,0,0"), RecordingErrorKind.TimeOutOfRange, 3, "outside" },
        { RecordingText.WithRows("0.2,roller,0,9.81,0,0,0,0", "0.3,body,0,9.81,0,0,0,0", "0.1,roller,0,9.81,0,0,0,0"), RecordingErrorKind.TimeWentBackwards, 5, "sensor 'roller'" },
        { RecordingText.WithRows("0.1,roller,0,491,0,0,0,0"), RecordingErrorKind.AccelerationOutOfRange, 3, "50 g" },
        { RecordingText.WithRows("0.1,roller,0,9.81,0,30,30,30"), RecordingErrorKind.AngularVelocityOutOfRange, 3, "50 rad/s" },
        { RecordingText.WithRows("0.1,roller," + new string('1', 20_000) + ",9.81,0,0,0,0"), RecordingErrorKind.LineTooLong, 3, "longer" },
        { RecordingText.WithRows(), RecordingErrorKind.NoSamples, 0, "no sample rows" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void ReadSamples_BadFileStrict_ThrowsNamingFileLineAndReason(string text, RecordingErrorKind kind, long line, string reasonPart)
    {
        var error = Assert.Throws<RecordingFormatException>(() => RecordingText.ReadAll(text));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(RecordingText.SourceName, error.SourceName);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(line > 0 ? $"walk.csv, line {line}: " : "walk.csv: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSamples_BadRowsLenient_SkipsAndCountsEachKind()
    {
        var text = "# format=backcare-recording/1\n# height_cm=tall\n" + RecordingFormat.Header + "\n" + string.Join(
            "\n",
            "0.00,roller,0,9.81,0,0,0,0",
            "0.01,roller,0,9.81,0,0,0",
            "0.02,wrist,0,9.81,0,0,0,0",
            "0.03,roller,x,9.81,0,0,0,0",
            "0.04,roller,0,9.81,0,0,0,0",
            "0.01,roller,0,9.81,0,0,0,0",
            "0.05,body,0,9.81,0,0,0,0",
            "0.06,body,0,9.81,0,99,0,0",
            "0.07,roller,0,9.81,0,0,0,0") + "\n";
        using var reader = RecordingText.Open(text, RecordingReadMode.Lenient);

        var samples = reader.ReadSamples().ToList();

        Assert.Equal([0.00, 0.04, 0.05, 0.07], samples.Select(s => Math.Round(s.Time.TotalSeconds, 3)));
        var statistics = reader.Statistics;
        Assert.Equal(3, statistics.RollerSamples);
        Assert.Equal(1, statistics.BodySamples);
        Assert.Equal(6, statistics.SkippedLines);
        Assert.Equal(
            new Dictionary<RecordingErrorKind, long>
            {
                [RecordingErrorKind.BadMetadata] = 1,
                [RecordingErrorKind.WrongColumnCount] = 1,
                [RecordingErrorKind.UnknownSensor] = 1,
                [RecordingErrorKind.UnparsableNumber] = 1,
                [RecordingErrorKind.TimeWentBackwards] = 1,
                [RecordingErrorKind.AngularVelocityOutOfRange] = 1,
            },
            statistics.SkippedByKind);
        Assert.Equal([2L, 5, 6, 7, 9, 11], statistics.FirstIssues.Select(i => i.LineNumber));
        Assert.Null(reader.Metadata.HeightMeters);
    }

    [Fact]
    public void ReadSamples_EveryRowBadLenient_ThrowsNoSamples()
    {
        var text = RecordingText.WithRows("0.0,wrist,0,9.81,0,0,0,0", "0.1,wrist,0,9.81,0,0,0,0");

        var error = Assert.Throws<RecordingFormatException>(() => RecordingText.ReadAll(text, RecordingReadMode.Lenient));

        Assert.Equal(RecordingErrorKind.NoSamples, error.Kind);
        Assert.Contains("none of the 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSamples_UnsupportedFormatLenient_StillThrows()
    {
        var text = "# format=other/1\n" + RecordingFormat.Header + "\n" + RollerRow + "\n";

        var error = Assert.Throws<RecordingFormatException>(() => RecordingText.Open(text, RecordingReadMode.Lenient));

        Assert.Equal(RecordingErrorKind.UnsupportedFormat, error.Kind);
    }

    [Fact]
    public void ReadSamples_CalledTwice_Throws()
    {
        using var reader = RecordingText.Open(RecordingText.WithRows(RollerRow));
        _ = reader.ReadSamples();

        Assert.Throws<InvalidOperationException>(() => reader.ReadSamples());
    }

    [Fact]
    public void ReadSamples_ManyRows_StreamsThroughSmallBufferInOrder()
    {
        // More text than the line buffer holds, so rows straddle refills.
        var rows = Enumerable.Range(0, 20_000).Select(i => $"{i * 0.01:F2},roller,{i % 7}.125,9.81,0,0,0,0").ToArray();

        var samples = RecordingText.ReadAll(RecordingText.WithRows(rows));

        Assert.Equal(20_000, samples.Count);
        Assert.All(samples.Select((s, i) => (s, i)), p => Assert.Equal((p.i % 7) + 0.125f, p.s.Acceleration.X));
        Assert.Equal(TimeSpan.FromSeconds(199.99), samples[^1].Time);
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => RecordingReader.Open(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv")));
    }
}
