using BackCareRoller.Protocol.Reassembly;

namespace BackCareRoller.Protocol.Tests.Reassembly;

public sealed class ReassemblySettingsTests
{
    public static TheoryData<ReassemblySettings> OutOfRange() =>
    [
        new ReassemblySettings { ClockBucket = TimeSpan.FromMilliseconds(9) },
        new ReassemblySettings { ClockBucket = TimeSpan.FromSeconds(11) },
        new ReassemblySettings { ClockWindowPoints = 1 },
        new ReassemblySettings { ClockWindowPoints = 4097 },
        new ReassemblySettings { ClockMinPointsForSlope = 1 },
        new ReassemblySettings { ClockWindowPoints = 10, ClockMinPointsForSlope = 11 },
        new ReassemblySettings { ClockMaxDriftPpm = 0 },
        new ReassemblySettings { StreamStartClockTolerance = TimeSpan.Zero },
        new ReassemblySettings { MaxClockLead = TimeSpan.Zero },
    ];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_ValueOutOfRange_Throws(ReassemblySettings settings)
    {
        Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);
    }

    [Fact]
    public void Validate_Defaults_DoNotThrow()
    {
        var exception = Record.Exception(new ReassemblySettings().Validate);

        Assert.Null(exception);
    }
}
