using System.Text;
using BackCareRoller.Sources.Phone;

namespace BackCareRoller.Sources.Tests.Phone;

public sealed class PhoneFrameParserTests
{
    private static PhoneFrameStatus Parse(string json, int capacity, out PhoneReading[] readings, out string error)
    {
        var destination = new PhoneReading[capacity];
        var status = PhoneFrameParser.Parse(Encoding.UTF8.GetBytes(json), destination, out var count, out error);
        readings = destination[..count];
        return status;
    }

    [Fact]
    public void Parse_SamplesFrame_ReadsEveryRowInSiUnits()
    {
        var status = Parse("""{"type":"samples","samples":[[12.5,0.1,9.8,0.2,0.01,-0.02,0.03],[22.5,0,9.81,0,1,2,3]]}""", 10, out var readings, out _);

        Assert.Equal(PhoneFrameStatus.Samples, status);
        Assert.Equal(2, readings.Length);
        Assert.Equal(12.5, readings[0].TimestampMilliseconds);
        Assert.Equal(9.8f, readings[0].Acceleration.Y);
        Assert.Equal(-0.02f, readings[0].AngularVelocity.Y);
        Assert.Equal(3f, readings[1].AngularVelocity.Z);
    }

    [Fact]
    public void Parse_KeysInAnyOrderWithExtras_Accepted()
    {
        var status = Parse("""{"samples":[[1,0,9.8,0,0,0,0]],"extra":{"a":[1,2]},"type":"samples"}""", 10, out var readings, out _);

        Assert.Equal(PhoneFrameStatus.Samples, status);
        Assert.Single(readings);
    }

    [Fact]
    public void Parse_Ping_ReturnsPing()
    {
        Assert.Equal(PhoneFrameStatus.Ping, Parse("""{"type":"ping"}""", 10, out _, out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"samples"}""")]
    [InlineData("""{"type":"dance","samples":[]}""")]
    [InlineData("""{"type":"samples","samples":[[1,2,3,4,5,6]]}""")]
    [InlineData("""{"type":"samples","samples":[[1,2,3,4,5,6,7,8]]}""")]
    [InlineData("""{"type":"samples","samples":[[1,2,3,"4",5,6,7]]}""")]
    [InlineData("""{"type":"samples","samples":[[1,0,9.8,0,0,0,0]]} {}""")]
    [InlineData("")]
    public void Parse_Malformed_ReturnsMalformedWithReasonAndNoSamples(string json)
    {
        var status = Parse(json, 10, out var readings, out var error);

        Assert.Equal(PhoneFrameStatus.Malformed, status);
        Assert.Empty(readings);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Parse_OneRowMoreThanCapacity_ReturnsTooManySamples()
    {
        var status = Parse("""{"type":"samples","samples":[[1,0,9.8,0,0,0,0],[2,0,9.8,0,0,0,0],[3,0,9.8,0,0,0,0]]}""", 2, out var readings, out _);

        Assert.Equal(PhoneFrameStatus.TooManySamples, status);
        Assert.Empty(readings);
    }

    [Fact]
    public void Parse_ExactlyCapacity_Accepted()
    {
        var status = Parse("""{"type":"samples","samples":[[1,0,9.8,0,0,0,0],[2,0,9.8,0,0,0,0]]}""", 2, out var readings, out _);

        Assert.Equal(PhoneFrameStatus.Samples, status);
        Assert.Equal(2, readings.Length);
    }

    [Theory]
    [InlineData("[1,500,0,0,0,0,0]")]
    [InlineData("[1,0,0,0,51,0,0]")]
    [InlineData("[1,1e39,0,0,0,0,0]")]
    public void Parse_ValueBeyondWhatAPhoneMeasures_ReturnsOutOfRange(string row)
    {
        Assert.Equal(PhoneFrameStatus.OutOfRange, Parse($$"""{"type":"samples","samples":[{{row}}]}""", 10, out _, out _));
    }
}
