using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>The pipeline settings a recording's metadata calls for; shared by <c>analyze</c>, <c>eval</c> and replay.</summary>
public static class RecordingAnalysisSettings
{
    /// <summary>
    /// <paramref name="baseline"/> adjusted to the recording: its roller mount (firmware axis when unstated) and its
    /// roller diameter, unless <paramref name="rollerDiameterMetersOverride"/> overrides it.
    /// </summary>
    /// <param name="metadata">The recording's metadata.</param>
    /// <param name="baseline">The configured settings.</param>
    /// <param name="rollerDiameterMetersOverride">A diameter given on the command line, or null.</param>
    /// <returns>The settings to analyse the recording with.</returns>
    public static AnalysisSettings For(RecordingMetadata metadata, AnalysisSettings baseline, double? rollerDiameterMetersOverride = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(baseline);
        var diameterMeters = rollerDiameterMetersOverride ?? metadata.RollerDiameterMeters;
        return baseline.ForRecording(metadata.RollerMount ?? RollerMount.FirmwareAxis, diameterMeters * 100.0);
    }
}
