using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;
using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Where the roller was over time: one lane per zone, coloured by zone, with every alert marked.</summary>
internal static class ZoneTimelineChart
{
    public static Plot Build(SessionReport report, string title)
    {
        var plot = ChartStyle.NewPlot(title);
        var lanes = Lanes(report);

        // One bar per span of the timeline, in its zone's lane (lane 0 at the top).
        foreach (var interval in report.Zones)
        {
            var lane = IndexOf(lanes, interval.Zone);
            if (lane < 0)
            {
                continue;
            }

            var y = lanes.Count - 1 - lane;
            var bar = plot.Add.Rectangle(ChartStyle.Minutes(interval.Start), ChartStyle.Minutes(interval.End), y - 0.38, y + 0.38);
            bar.FillColor = ZoneStyle.ColorOf(interval.Zone);
            bar.LineWidth = 0;
        }

        MarkAlerts(plot, report.Alerts);

        var positions = new double[lanes.Count];
        var labels = new string[lanes.Count];
        for (var i = 0; i < lanes.Count; i++)
        {
            positions[i] = lanes.Count - 1 - i;
            labels[i] = ZoneStyle.Label(lanes[i]);
        }

        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = "minutes";
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(0, Math.Max(ChartStyle.Minutes(TimeSpan.FromSeconds(report.DurationSeconds)), 0.1), -0.6, lanes.Count - 0.4);
        return plot;
    }

    /// <summary>The routine's muscles and the two zones to avoid always get a lane; other zones only when visited.</summary>
    private static List<BodyZone> Lanes(SessionReport report)
    {
        var visited = new HashSet<BodyZone>();
        foreach (var interval in report.Zones)
        {
            visited.Add(interval.Zone);
        }

        var lanes = new List<BodyZone>();
        foreach (var zone in ZoneStyle.LaneOrder)
        {
            if (visited.Contains(zone) || ZoneStyle.IsForbidden(zone) || ZoneStyle.RoutineZones.Contains(zone))
            {
                lanes.Add(zone);
            }
        }

        return lanes;
    }

    private static void MarkAlerts(Plot plot, IReadOnlyList<Alert> alerts)
    {
        var labelled = new HashSet<AlertKind>();
        foreach (var alert in alerts)
        {
            var stop = alert.Kind != AlertKind.TooFast;
            var line = plot.Add.VerticalLine(
                ChartStyle.Minutes(alert.Time),
                stop ? 3 : 2,
                stop ? ChartStyle.Stop : ChartStyle.TooFast,
                stop ? LinePattern.Solid : LinePattern.Dashed);
            if (labelled.Add(alert.Kind))
            {
                line.LegendText = $"alert: {AlertMessages.For(alert.Kind)}";
            }
        }

        if (labelled.Count > 0)
        {
            plot.ShowLegend(Edge.Bottom);
        }
    }

    private static int IndexOf(List<BodyZone> lanes, BodyZone zone)
    {
        for (var i = 0; i < lanes.Count; i++)
        {
            if (lanes[i] == zone)
            {
                return i;
            }
        }

        return -1;
    }
}
