using BackCareRoller.Core.Summary;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class SummarySettingsTests
{
    public static TheoryData<SummarySettings> Invalid => new()
    {
        new SummarySettings { MinimumPassTravelMeters = 0 },
        new SummarySettings { MinimumPassTravelMeters = double.NaN },
        new SummarySettings { PauseSpanMeters = -0.01 },
        new SummarySettings { PauseMinimumDwell = TimeSpan.Zero },
        new SummarySettings { MoveMissingBelow = TimeSpan.FromSeconds(-1) },
        new SummarySettings { MoveMinimum = TimeSpan.FromSeconds(2) },
        new SummarySettings { MoveMaximum = TimeSpan.FromSeconds(59) },
        new SummarySettings { TooFastClearMetersPerSecond = 0 },
        new SummarySettings { TooFastEnterMetersPerSecond = 0.039 },
        new SummarySettings { TooFastWindow = TimeSpan.Zero },
        new SummarySettings { MaxSampleGap = TimeSpan.Zero },
        new SummarySettings { SpeedBinMetersPerSecond = double.PositiveInfinity },
        new SummarySettings { SpeedBinMetersPerSecond = 0.000001 },
        new SummarySettings { SpeedHistogramMaxMetersPerSecond = 0.0001 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_Throws(SummarySettings settings)
    {
        Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);
    }

    [Fact]
    public void Validate_Defaults_MatchDesignAndPass()
    {
        var settings = SummarySettings.Default;

        settings.Validate();
        Assert.Equal(0.05, settings.TooFastEnterMetersPerSecond);
        Assert.Equal(0.04, settings.TooFastClearMetersPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.PauseMinimumDwell);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.MoveMinimum);
        Assert.Equal(TimeSpan.FromSeconds(120), settings.MoveMaximum);
    }
}
