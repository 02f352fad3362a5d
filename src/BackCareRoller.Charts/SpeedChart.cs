using BackCareRoller.Core.Reports;
using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Traverse speed over time with the too-fast threshold and the recommended speed.</summary>
internal static class SpeedChart
{
    public static Plot Build(SessionReport report, ReportChartSettings settings, string title)
    {
        var plot = ChartStyle.NewPlot(title);
        var minutes = new double[report.Speed.Count];
        var cmPerSecond = new double[report.Speed.Count];
        var fastest = 0.0;
        for (var i = 0; i < report.Speed.Count; i++)
        {
            minutes[i] = ChartStyle.Minutes(report.Speed[i].Time);
            cmPerSecond[i] = report.Speed[i].SpeedMetersPerSecond * 100.0;
            fastest = Math.Max(fastest, cmPerSecond[i]);
        }

        if (minutes.Length > 0)
        {
            var line = plot.Add.ScatterLine(minutes, cmPerSecond, Color.FromHex("#333333"));
            line.LineWidth = 2;
            line.LegendText = "your speed";
        }

        var tooFast = plot.Add.HorizontalLine(settings.TooFastCmPerSecond, 3, ChartStyle.Stop, LinePattern.Dashed);
        tooFast.LegendText = FormattableString.Invariant($"too fast above {settings.TooFastCmPerSecond:0.#} cm/s");
        var target = plot.Add.HorizontalLine(settings.TargetCmPerSecond, 3, ChartStyle.InTarget, LinePattern.Dotted);
        target.LegendText = FormattableString.Invariant($"aim for about {settings.TargetCmPerSecond:0.#} cm/s");
        plot.ShowLegend(Edge.Bottom);

        plot.Axes.Bottom.Label.Text = "minutes";
        plot.Axes.Left.Label.Text = "cm/s";
        var top = Math.Max(fastest, settings.TooFastCmPerSecond * 1.6) * 1.1;
        plot.Axes.SetLimits(0, Math.Max(ChartStyle.Minutes(TimeSpan.FromSeconds(report.DurationSeconds)), 0.1), 0, top);
        return plot;
    }
}
