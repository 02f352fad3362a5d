namespace BackCareRoller.Charts.Tests;

public sealed class SessionReportChartsTests
{
    [Fact]
    public void ZoneTimelinePng_Routine_IsAPngOfTheConfiguredWidth()
    {
        var png = SessionReportCharts.ZoneTimelinePng(SampleReports.Routine(), new ReportChartSettings { WidthPixels = 900 });

        Assert.Equal((900, 520), PngInfo.Size(png));
    }

    [Fact]
    public void SpeedPng_Routine_IsAPng()
    {
        var png = SessionReportCharts.SpeedPng(SampleReports.Routine());

        Assert.Equal((1400, 520), PngInfo.Size(png));
    }

    [Fact]
    public void MuscleBarsPng_Routine_IsAPng()
    {
        var png = SessionReportCharts.MuscleBarsPng(SampleReports.Routine());

        Assert.Equal((1400, 520), PngInfo.Size(png));
    }

    [Fact]
    public void PagePng_Routine_StacksThreeChartsOnOnePage()
    {
        var png = SessionReportCharts.PagePng(SampleReports.Routine(), "Session 1");

        Assert.Equal((1400, (3 * 520) + 80), PngInfo.Size(png));
        if (Environment.GetEnvironmentVariable("BACKCARE_CHART_OUT") is { Length: > 0 } directory)
        {
            // For looking at the page by eye: BACKCARE_CHART_OUT=/tmp dotnet test tests/BackCareRoller.Charts.Tests
            File.WriteAllBytes(Path.Combine(directory, "backcare-page.png"), png);
        }
    }

    [Fact]
    public void PagePng_EmptySession_StillRenders()
    {
        var png = SessionReportCharts.PagePng(SampleReports.Empty(), "Session 2");

        Assert.Equal(1400, PngInfo.Size(png).Width);
    }

    [Fact]
    public void PagePng_DifferentReports_DrawDifferentPictures()
    {
        var routine = SessionReportCharts.PagePng(SampleReports.Routine(), "Session");
        var empty = SessionReportCharts.PagePng(SampleReports.Empty(), "Session");

        Assert.NotEqual(routine, empty);
    }

    [Theory]
    [InlineData(399)]
    [InlineData(4001)]
    public void SpeedPng_WidthOutOfRange_Throws(int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionReportCharts.SpeedPng(SampleReports.Routine(), new ReportChartSettings { WidthPixels = width }));
    }
}
