using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Bias;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Pipeline;

/// <summary>Every setting of the session pipeline, one validated record per stage.</summary>
public sealed record AnalysisSettings
{
    /// <summary>The defaults: firmware-axis roller of 15 cm diameter, DESIGN.md thresholds.</summary>
    public static AnalysisSettings Default { get; } = new();

    /// <summary>Per-sensor time alignment.</summary>
    /// <value>Default <see cref="AlignmentSettings.Default"/>.</value>
    public AlignmentSettings Alignment { get; init; } = AlignmentSettings.Default;

    /// <summary>Roller gyro bias estimation.</summary>
    /// <value>Default <see cref="GyroBiasSettings.Default"/>.</value>
    public GyroBiasSettings RollerBias { get; init; } = GyroBiasSettings.Default;

    /// <summary>Roll axis: firmware +x or estimated for an unknown mount.</summary>
    /// <value>Default: firmware axis.</value>
    public RollAxisSettings RollAxis { get; init; } = RollAxisSettings.For(RollerMount.FirmwareAxis);

    /// <summary>The rule that tells rolling from nudges and lifts with nobody on the roller.</summary>
    /// <value>Default <see cref="OnRollerSettings.Default"/>.</value>
    public OnRollerSettings OnRoller { get; init; } = OnRollerSettings.Default;

    /// <summary>Traverse speed v = ω·r.</summary>
    /// <value>Default <see cref="RollerMotionSettings.Default"/> (15 cm roller).</value>
    public RollerMotionSettings Motion { get; init; } = RollerMotionSettings.Default;

    /// <summary>The fixed-rate speed series.</summary>
    /// <value>Default <see cref="SpeedReadingSettings.Default"/> (10 Hz).</value>
    public SpeedReadingSettings SpeedReadings { get; init; } = SpeedReadingSettings.Default;

    /// <summary>The too-fast rule.</summary>
    /// <value>Default <see cref="TooFastSettings.Default"/> (DESIGN.md section 3).</value>
    public TooFastSettings TooFast { get; init; } = TooFastSettings.Default;

    /// <summary>These settings for a recording's metadata: its roller mount and, when given, its roller diameter.</summary>
    /// <param name="mount">The <c>roller_sensor</c> metadata.</param>
    /// <param name="rollerDiameterCentimeters">The <c>roller_diameter_cm</c> metadata, or null to keep the configured radius.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mount is unknown or the diameter out of range (2–30 cm).</exception>
    public AnalysisSettings ForRecording(RollerMount mount, double? rollerDiameterCentimeters) => this with
    {
        RollAxis = new RollAxisSettings(
            mount,
            RollAxis.MinRateRadiansPerSecond,
            RollAxis.FirstEstimateAfter,
            RollAxis.UpdateInterval,
            RollAxis.MemoryTimeConstant),
        Motion = rollerDiameterCentimeters is { } diameter ? Motion.WithRollerRadius(diameter / 200.0) : Motion,
    };
}
