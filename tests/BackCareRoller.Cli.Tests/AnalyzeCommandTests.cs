using System.Text.Json;

namespace BackCareRoller.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backcare-analyze-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Analyze_MainSample_ReportsTooFastAndLumbarInTheContract()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Sample("upper-back-drift.csv"));

        Assert.True(exitCode == 0, error);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal("backcare-report/1", root.GetProperty("format").GetString());
        var kinds = root.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Contains("too_fast", kinds);
        Assert.Contains("lumbar", kinds);

        // The truth: too fast from 165.9 s, lumbar entry at 167.8 s; early warnings up to 2 s count (DESIGN.md section 4).
        var firstLumbar = root.GetProperty("alerts").EnumerateArray().First(a => a.GetProperty("kind").GetString() == "lumbar");
        Assert.InRange(firstLumbar.GetProperty("t_s").GetDouble(), 165.8, 168.3);
        Assert.Equal("Lower back — stop", firstLumbar.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Analyze_Report_ZonesAreGapFreeAndCoverTheSession()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Sample("phone-strapped.csv"), "--format", "json");

        Assert.True(exitCode == 0, error);
        using var report = JsonDocument.Parse(output);
        var zones = report.RootElement.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(0.0, zones[0].GetProperty("start_s").GetDouble());
        for (var i = 1; i < zones.Count; i++)
        {
            Assert.Equal(zones[i - 1].GetProperty("end_s").GetDouble(), zones[i].GetProperty("start_s").GetDouble());
        }

        Assert.Equal(report.RootElement.GetProperty("duration_s").GetDouble(), zones[^1].GetProperty("end_s").GetDouble(), 2);
    }

    [Fact]
    public async Task Analyze_RollerOnlyWithoutGuidedMove_SaysZonesAreNotEstimated()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Sample("roller-only.csv"), "--format", "text");

        Assert.True(exitCode == 0, error);
        Assert.Contains("not estimated", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Lower back", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_BadRow_NamesFileAndLineAndExitsNonZero()
    {
        var file = Path.Combine(_directory, "bad.csv");
        await File.WriteAllTextAsync(file, "# format=backcare-recording/1\ntime_s,sensor,ax,ay,az,gx,gy,gz\n0.00,roller,0,9.81,0,0,0,0\n0.02,roller,0,NaN,0,0,0,0\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", file);

        Assert.NotEqual(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.csv", error, StringComparison.Ordinal);
        Assert.Contains("4", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_BadRowLenient_SkipsItAndCountsIt()
    {
        var file = Path.Combine(_directory, "lenient.csv");
        await File.WriteAllTextAsync(file, "time_s,sensor,ax,ay,az,gx,gy,gz\n0.00,roller,0,9.81,0,0,0,0\n0.02,wheel,0,9.81,0,0,0,0\n0.04,roller,0,9.81,0,0,0,0\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", file, "--lenient");

        Assert.True(exitCode == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(1, report.RootElement.GetProperty("input").GetProperty("skipped_rows").GetInt32());
    }

    [Fact]
    public async Task Analyze_MissingFile_ExitsNonZeroNamingIt()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("analyze", Path.Combine(_directory, "nope.csv"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("nope.csv", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--height-cm", "20")]
    [InlineData("--roller-diameter-cm", "80")]
    public async Task Analyze_OutOfRangeOption_ExitsNonZero(string option, string value)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("analyze", Sample("roller-only.csv"), option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_Save_StoresASessionThatSessionsListShows()
    {
        var db = Path.Combine(_directory, "sessions.db");

        var (exitCode, _, error) = await CliRunner.RunAsync("analyze", Sample("upper-back-drift.csv"), "--save", "--db", db);
        var (listExit, listing, _) = await CliRunner.RunAsync("sessions", "list", "--db", db);

        Assert.True(exitCode == 0, error);
        Assert.Equal(0, listExit);
        Assert.Contains("Saved as session 1", error, StringComparison.Ordinal);
        Assert.Contains(listing.Split('\n'), line => line.TrimStart().StartsWith("1 ", StringComparison.Ordinal));
    }

    private static string Sample(string name) => Path.Combine(RepositoryRoot(), "samples", "recordings", name);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackCareRoller.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The test runs outside the repository.");
    }
}
