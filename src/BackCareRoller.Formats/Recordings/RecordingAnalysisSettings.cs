using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Zones;

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
    /// <param name="heightMetersOverride">A standing height given on the command line, or null.</param>
    /// <param name="guidedMove">The move a roller-only recording holds, or <see cref="RoutineMove.None"/>.</param>
    /// <returns>The settings to analyse the recording with.</returns>
    public static AnalysisSettings For(
        RecordingMetadata metadata,
        AnalysisSettings baseline,
        double? rollerDiameterMetersOverride = null,
        double? heightMetersOverride = null,
        RoutineMove guidedMove = RoutineMove.None)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(baseline);
        var diameterMeters = rollerDiameterMetersOverride ?? metadata.RollerDiameterMeters;
        return baseline.ForRecording(metadata.RollerMount ?? RollerMount.FirmwareAxis, diameterMeters * 100.0)
            .ForPerson(heightMetersOverride ?? metadata.HeightMeters, guidedMove);
    }

    /// <summary>How far the zones of a recording can be trusted, once it has been read.</summary>
    /// <param name="bodySamples">Body-sensor samples read.</param>
    /// <param name="guidedMove">The guided move given, if any.</param>
    /// <returns>Body sensor, guided, or none.</returns>
    public static ZoneConfidence ZoneConfidenceFor(long bodySamples, RoutineMove guidedMove) =>
        bodySamples > 0 ? ZoneConfidence.BodySensor : guidedMove != RoutineMove.None ? ZoneConfidence.Guided : ZoneConfidence.None;
}
