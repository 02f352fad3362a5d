using System.Buffers.Binary;
using System.Globalization;

namespace BackCareRoller.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly SessionsTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Report_Png_WritesOnePageImage()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var file = Path.Combine(_db.Directory, "report.png");

        var (exitCode, output, error) = await CliRunner.RunAsync("report", Id(id), "--out", file, "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains(file, output, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Equal(1400, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) > 1400, "A one-page report is taller than wide.");
        if (Environment.GetEnvironmentVariable("BACKCARE_CHART_OUT") is { Length: > 0 } directory)
        {
            File.Copy(file, Path.Combine(directory, "backcare-cli-report.png"), overwrite: true);
        }
    }

    [Fact]
    public async Task Report_Html_WritesASelfContainedPageAboutTheSession()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var file = Path.Combine(_db.Directory, "report.html");

        var (exitCode, _, _) = await CliRunner.RunAsync("report", Id(id), "--out", file, "--db", _db.Path);

        Assert.Equal(0, exitCode);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains($"<h1>Session {id}, 2025-03-10 07:30 UTC</h1>", html, StringComparison.Ordinal);
        Assert.Contains("BCR-Roller 7F:21, phone:hip", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnsupportedExtension_FailsNamingTheFile()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("report", Id(id), "--out", "report.pdf", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("report.pdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoOut_FailsNamingTheOption()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("report", "1", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownId_Fails()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("report", "99", "--out", Path.Combine(_db.Directory, "r.png"), "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no session 99", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OutInAMissingDirectory_FailsWithAClearMessage()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var file = Path.Combine(_db.Directory, "no", "such", "dir", "r.html");

        var (exitCode, _, error) = await CliRunner.RunAsync("report", Id(id), "--out", file, "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
