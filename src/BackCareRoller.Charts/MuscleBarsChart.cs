using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;
using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Minutes on each muscle against the routine's 1–2 minute target band.</summary>
internal static class MuscleBarsChart
{
    public static Plot Build(SessionReport report, ReportChartSettings settings, string title)
    {
        var plot = ChartStyle.NewPlot(title);
        var muscles = Muscles(report.Summary);

        // The target band first, so the bars draw over it.
        var band = plot.Add.VerticalSpan(settings.RoutineMinimumMinutes, settings.RoutineMaximumMinutes);
        band.FillColor = ChartStyle.InTarget.WithAlpha(0.18);
        band.LineWidth = 0;
        band.LegendText = FormattableString.Invariant($"target {settings.RoutineMinimumMinutes:0.#}–{settings.RoutineMaximumMinutes:0.#} min");

        var bars = new List<Bar>();
        var labels = new string[muscles.Count];
        var highest = settings.RoutineMaximumMinutes;
        for (var i = 0; i < muscles.Count; i++)
        {
            var zone = muscles[i];
            var value = report.Summary.PerZoneSeconds.GetValueOrDefault(zone) / 60.0;
            highest = Math.Max(highest, value);
            bars.Add(new Bar
            {
                Position = i,
                Value = value,
                FillColor = ColorFor(zone, value, settings),
                Label = FormattableString.Invariant($"{value:0.0} min"),
            });
            labels[i] = ZoneStyle.Label(zone);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = ChartStyle.TickSize;
        plot.ShowLegend(Alignment.UpperRight);

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, muscles.Count).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.Label.Text = "minutes";
        plot.Axes.SetLimits(-0.6, muscles.Count - 0.4, 0, highest * 1.25);
        return plot;
    }

    /// <summary>The routine's four muscles always; any other zone rolled, and the zones to avoid when touched.</summary>
    private static List<BodyZone> Muscles(SessionSummary summary)
    {
        var muscles = new List<BodyZone>(ZoneStyle.RoutineZones);
        foreach (var zone in ZoneStyle.LaneOrder)
        {
            if (!muscles.Contains(zone) && summary.PerZoneSeconds.GetValueOrDefault(zone) > 0)
            {
                muscles.Add(zone);
            }
        }

        return muscles;
    }

    private static Color ColorFor(BodyZone zone, double minutes, ReportChartSettings settings) =>
        ZoneStyle.IsForbidden(zone) ? ChartStyle.Stop
        : minutes < settings.RoutineMinimumMinutes ? ChartStyle.Short
        : minutes > settings.RoutineMaximumMinutes ? ChartStyle.Long
        : ChartStyle.InTarget;
}
