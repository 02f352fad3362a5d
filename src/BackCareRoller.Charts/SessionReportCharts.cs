using BackCareRoller.Core.Reports;
using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Renders a session report's charts as PNG images (ScottPlot 5).</summary>
public static class SessionReportCharts
{
    private const int ChartHeightPixels = 520;

    /// <summary>Zone timeline coloured by zone, with the alerts marked.</summary>
    /// <param name="report">The session report.</param>
    /// <param name="settings">Thresholds, targets and size; defaults when null.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] ZoneTimelinePng(SessionReport report, ReportChartSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var plot = ZoneTimelineChart.Build(report, "Where you rolled");
        return Png(plot, Resolve(settings).WidthPixels, ChartHeightPixels);
    }

    /// <summary>Speed over time against the too-fast threshold.</summary>
    /// <param name="report">The session report.</param>
    /// <param name="settings">Thresholds, targets and size; defaults when null.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] SpeedPng(SessionReport report, ReportChartSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var resolved = Resolve(settings);
        using var plot = SpeedChart.Build(report, resolved, "How fast you rolled");
        return Png(plot, resolved.WidthPixels, ChartHeightPixels);
    }

    /// <summary>Minutes per muscle against the routine's target.</summary>
    /// <param name="report">The session report.</param>
    /// <param name="settings">Thresholds, targets and size; defaults when null.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] MuscleBarsPng(SessionReport report, ReportChartSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var resolved = Resolve(settings);
        using var plot = MuscleBarsChart.Build(report, resolved, "Time on each muscle");
        return Png(plot, resolved.WidthPixels, ChartHeightPixels);
    }

    /// <summary>The one-page report: the three charts stacked, the heading's title over the first.</summary>
    /// <param name="report">The session report.</param>
    /// <param name="title">The page's headline.</param>
    /// <param name="settings">Thresholds, targets and size; defaults when null.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="title"/> is null.</exception>
    public static byte[] PagePng(SessionReport report, string title, ReportChartSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        var resolved = Resolve(settings);
        var plots = new[]
        {
            ZoneTimelineChart.Build(report, $"{title}\nWhere you rolled"),
            SpeedChart.Build(report, resolved, "How fast you rolled"),
            MuscleBarsChart.Build(report, resolved, "Time on each muscle"),
        };
        try
        {
            // A new Multiplot holds one blank plot of its own; start it from the first chart instead.
            var page = new Multiplot(plots[0]);
            foreach (var plot in plots.Skip(1))
            {
                page.AddPlot(plot);
            }

            using var image = page.Render(resolved.WidthPixels, (ChartHeightPixels * plots.Length) + 80);
            return image.GetImageBytes(ImageFormat.Png);
        }
        finally
        {
            foreach (var plot in plots)
            {
                plot.Dispose();
            }
        }
    }

    private static ReportChartSettings Resolve(ReportChartSettings? settings)
    {
        var resolved = settings ?? ReportChartSettings.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(resolved.WidthPixels, 400, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(resolved.WidthPixels, 4000, nameof(settings));
        return resolved;
    }

    private static byte[] Png(Plot plot, int width, int height) => plot.GetImageBytes(width, height, ImageFormat.Png);
}
