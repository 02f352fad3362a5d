namespace BackCareRoller.Charts.Tests;

public sealed class HtmlReportTests
{
    private static readonly ReportHeading Heading = new(
        "Session 7 <morning>",
        [new KeyValuePair<string, string>("Devices", "BCR roller & phone")]);

    [Fact]
    public void Write_Routine_IsOneSelfContainedPageWithThreeEmbeddedCharts()
    {
        var html = Render(SampleReports.Routine());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(html, "src=\"data:image/png;base64,"));
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("BACKCARE_CHART_OUT") is { Length: > 0 } directory)
        {
            File.WriteAllText(Path.Combine(directory, "backcare-report.html"), html);
        }
    }

    [Fact]
    public void Write_HeadingText_IsHtmlEncoded()
    {
        var html = Render(SampleReports.Routine());

        Assert.Contains("Session 7 &lt;morning&gt;", html, StringComparison.Ordinal);
        Assert.Contains("BCR roller &amp; phone", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Routine_JudgesEachMuscleAgainstTheTarget()
    {
        var html = Render(SampleReports.Routine());

        // Glutes 1.25 min on target, hip flexors 0.67 min short, hamstrings 2.5 min long, lumbar touched.
        Assert.Contains("<td>Glutes <small>(left 1.3)</small></td><td class=\"num\">1.3</td><td class=\"ok\">on target</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0.7</td><td class=\"short\">too short</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2.5</td><td class=\"long\">longer than needed</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"stop\">avoid this zone</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Alerts_ListedWithTheirTimes()
    {
        var html = Render(SampleReports.Routine());

        Assert.Contains("<td class=\"num\">5:50</td><td class=\"stop\">Lower back — stop</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoAlerts_SaysSo()
    {
        var html = Render(SampleReports.Empty());

        Assert.Contains("No alerts", html, StringComparison.Ordinal);
    }

    private static string Render(Core.Reports.SessionReport report)
    {
        using var writer = new StringWriter();
        HtmlReport.Write(writer, report, Heading);
        return writer.ToString();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
