using System.Numerics;
using BackCareRoller.Core.Attitude;

namespace BackCareRoller.Core.Tests.Attitude;

public sealed class AttitudeSettingsTests
{
    public static TheoryData<string, float> OutOfRange => new()
    {
        { nameof(AttitudeSettings.GravityMetersPerSecondSquared), 0f },
        { nameof(AttitudeSettings.GravityMetersPerSecondSquared), float.NaN },
        { nameof(AttitudeSettings.Gain), -0.01f },
        { nameof(AttitudeSettings.Gain), float.PositiveInfinity },
        { nameof(AttitudeSettings.RejectionAngleDegrees), 0.5f },
        { nameof(AttitudeSettings.RejectionAngleDegrees), 91f },
        { nameof(AttitudeSettings.RejectionMagnitudeMetersPerSecondSquared), 0f },
        { nameof(AttitudeSettings.MeanForceGain), -1f },
        { nameof(AttitudeSettings.MeanForceTimeConstantSeconds), 0f },
        { nameof(AttitudeSettings.StillRateRadiansPerSecond), 0f },
        { nameof(AttitudeSettings.StillAccelerationToleranceMetersPerSecondSquared), float.NaN },
        { nameof(AttitudeSettings.StillPeriodSeconds), -1f },
        { nameof(AttitudeSettings.BiasTimeConstantSeconds), 0f },
        { nameof(AttitudeSettings.MaxStepSeconds), 0f },
        { nameof(AttitudeSettings.SettlingPeriodSeconds), -0.1f },
        { nameof(AttitudeSettings.SettlingGain), 51f },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Init_ValueOutOfRange_ThrowsNamingTheSetting(string name, float value)
    {
        var settings = new AttitudeSettings();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => With(settings, name, value));

        Assert.Equal(name, error.ParamName);
    }

    /// <summary>A sample 20° off gravity is rejected at the default 15° limit and partly trusted at 30°: the derived limit follows a `with`.</summary>
    [Theory]
    [InlineData(15f, 0f, 0f)]
    [InlineData(30f, 0.5f, 0.7f)]
    public void With_RejectionAngle_ChangesWeightOfDisagreeingSample(float rejectionDegrees, float minWeight, float maxWeight)
    {
        var settings = new AttitudeSettings() with { RejectionAngleDegrees = rejectionDegrees, SettlingPeriodSeconds = 0f };
        var state = AttitudeFilter.Initial(new Vector3(0f, 0f, 9.81f));
        var twentyDegreesOff = Vector3.Transform(new Vector3(0f, 0f, 9.81f), Quaternion.CreateFromAxisAngle(Vector3.UnitX, 20f * MathF.PI / 180f));

        state = AttitudeFilter.Step(state, Vector3.Zero, twentyDegreesOff, 0.01f, settings);

        Assert.InRange(state.AccelerationWeight, minWeight, maxWeight);
    }

    private static AttitudeSettings With(AttitudeSettings settings, string name, float value) => name switch
    {
        nameof(AttitudeSettings.GravityMetersPerSecondSquared) => settings with { GravityMetersPerSecondSquared = value },
        nameof(AttitudeSettings.Gain) => settings with { Gain = value },
        nameof(AttitudeSettings.RejectionAngleDegrees) => settings with { RejectionAngleDegrees = value },
        nameof(AttitudeSettings.RejectionMagnitudeMetersPerSecondSquared) => settings with { RejectionMagnitudeMetersPerSecondSquared = value },
        nameof(AttitudeSettings.MeanForceGain) => settings with { MeanForceGain = value },
        nameof(AttitudeSettings.MeanForceTimeConstantSeconds) => settings with { MeanForceTimeConstantSeconds = value },
        nameof(AttitudeSettings.StillRateRadiansPerSecond) => settings with { StillRateRadiansPerSecond = value },
        nameof(AttitudeSettings.StillAccelerationToleranceMetersPerSecondSquared) => settings with { StillAccelerationToleranceMetersPerSecondSquared = value },
        nameof(AttitudeSettings.StillPeriodSeconds) => settings with { StillPeriodSeconds = value },
        nameof(AttitudeSettings.BiasTimeConstantSeconds) => settings with { BiasTimeConstantSeconds = value },
        nameof(AttitudeSettings.MaxStepSeconds) => settings with { MaxStepSeconds = value },
        nameof(AttitudeSettings.SettlingPeriodSeconds) => settings with { SettlingPeriodSeconds = value },
        nameof(AttitudeSettings.SettlingGain) => settings with { SettlingGain = value },
        _ => throw new ArgumentException(name, nameof(name)),
    };
}
