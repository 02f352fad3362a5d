using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;

namespace BackCareRoller.Core.Pipeline;

/// <summary>
/// A whole recording, analysed: the samples run through the <see cref="SessionPipeline"/> on virtual time
/// (<see cref="SessionReplay"/>) and the events folded into a <see cref="SessionReport"/>. Used by <c>analyze</c> and
/// <c>eval</c>, so what is evaluated is exactly what users get.
/// </summary>
public static class SessionAnalyzer
{
    /// <summary>Analyses <paramref name="samples"/> and returns the report.</summary>
    /// <param name="samples">Both sensors' samples in file order; streamed, never held whole.</param>
    /// <param name="settings">The pipeline's settings (already adjusted to the recording's metadata).</param>
    /// <param name="summarySettings">The summariser's thresholds.</param>
    /// <param name="zoneConfidence">How the zones are obtained with these settings and this input.</param>
    /// <param name="profile">The person and roller, where known, copied into the report.</param>
    /// <returns>The report. A failure of the sample sequence (a bad row) is rethrown as it was.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SessionReport Analyze(
        IEnumerable<ImuSample> samples,
        AnalysisSettings settings,
        SummarySettings summarySettings,
        ZoneConfidence zoneConfidence,
        SessionProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(summarySettings);
        var builder = new SessionReportBuilder(summarySettings);
        var end = SessionReplay.Run(samples, settings, builder.Add);
        return builder.Build(end, zoneConfidence, profile);
    }
}
