using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.Pipeline;

public sealed class AnalysisSettingsTests
{
    [Fact]
    public void ForRecording_DiameterAndMount_SetRadiusAndMount()
    {
        var settings = AnalysisSettings.Default.ForRecording(RollerMount.UnknownMount, 15);

        Assert.Equal(0.075, settings.Motion.RollerRadiusMeters, 12);
        Assert.Equal(RollerMount.UnknownMount, settings.RollAxis.Mount);
    }

    [Fact]
    public void ForRecording_NoDiameter_KeepsConfiguredRadius()
    {
        var configured = AnalysisSettings.Default with { Motion = AnalysisSettings.Default.Motion.WithRollerRadius(0.05) };

        var settings = configured.ForRecording(RollerMount.FirmwareAxis, null);

        Assert.Equal(0.05, settings.Motion.RollerRadiusMeters);
    }

    [Fact]
    public void ForRecording_DiameterOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnalysisSettings.Default.ForRecording(RollerMount.FirmwareAxis, 40));
}
