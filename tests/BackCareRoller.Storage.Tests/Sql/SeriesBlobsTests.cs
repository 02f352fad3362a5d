using BackCareRoller.Core.Speed;
using BackCareRoller.Storage.Sql;
using BackCareRoller.Storage.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace BackCareRoller.Storage.Tests.Sql;

public sealed class SeriesBlobsTests
{
    [Property]
    public bool PackSpeed_AnyReadings_UnpacksToTheSameTimesAndFloatSpeeds(long[] ticks, NormalFloat[] speeds)
    {
        var count = Math.Min(ticks.Length, speeds.Length);
        var readings = Enumerable.Range(0, count)
            .Select(i => new SpeedReading(TimeSpan.FromTicks(ticks[i]), speeds[i].Get))
            .ToList();

        var unpacked = new List<SpeedReading>();
        SeriesBlobs.UnpackSpeed(SeriesBlobs.PackSpeed(readings, 0, count), unpacked);

        return unpacked.Count == count && Enumerable.Range(0, count).All(i =>
            unpacked[i].Time == readings[i].Time && unpacked[i].SpeedMetersPerSecond == (float)readings[i].SpeedMetersPerSecond);
    }

    [Fact]
    public void PackSamples_Samples_RoundTripExactly()
    {
        var samples = Reports.RawSamples(5);
        var unpacked = new List<BackCareRoller.Core.Samples.ImuSample>();

        SeriesBlobs.UnpackSamples(SeriesBlobs.PackSamples(samples), unpacked);

        Assert.Equal(samples, unpacked);
    }

    [Fact]
    public void UnpackSpeed_TruncatedBlob_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => SeriesBlobs.UnpackSpeed(new byte[SeriesBlobs.SpeedReadingSize + 1], []));
    }
}
