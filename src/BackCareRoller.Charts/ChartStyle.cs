using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Large, plain text on every chart: the people reading them may be reading on a phone, without glasses.</summary>
internal static class ChartStyle
{
    public const float TitleSize = 30;
    public const float LabelSize = 24;
    public const float TickSize = 20;
    public const float LegendSize = 20;

    public static Color TooFast { get; } = Color.FromHex("#FF7F0E");

    public static Color Stop { get; } = Color.FromHex("#B00020");

    public static Color InTarget { get; } = Color.FromHex("#2CA02C");

    public static Color Short { get; } = Color.FromHex("#F2B01E");

    public static Color Long { get; } = Color.FromHex("#1F77B4");

    /// <summary>A sans-serif family that exists here: DejaVu Sans on Debian, else Liberation Sans, else ScottPlot's pick.</summary>
    private static string SansFont { get; } =
        new[] { "DejaVu Sans", "Liberation Sans", "Arial" }.FirstOrDefault(name => Fonts.GetTypeface(name, bold: false, italic: false) is not null) ?? Fonts.Sans;

    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(SansFont);
        plot.Title(title, TitleSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.Label.FontSize = LabelSize;
        plot.Axes.Left.Label.FontSize = LabelSize;
        plot.Legend.FontSize = LegendSize;
        return plot;
    }

    /// <summary>Minutes on the time axis: sessions run 5 to 20 minutes, and seconds would crowd the labels.</summary>
    public static double Minutes(TimeSpan time) => time.TotalMinutes;
}
