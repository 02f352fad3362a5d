using System.Diagnostics;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Tests.Support;

namespace BackCareRoller.Storage.Tests.Live;

/// <summary>kill -9 of a real process that is recording a live session.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    // A guard against a hung child, never a wait: the test proceeds on the child's output.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(2));

    public void Dispose()
    {
        _guard.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task OpenAsync_AfterTheWriterProcessIsKilled_SessionIsInterruptedWithEverythingFlushed()
    {
        long id;
        using (var child = StartHelper(_db.Path))
        {
            // Wait on the child's own words, not on time: "flushed <id>" then "unflushed".
            var flushed = await ReadLineAsync(child);
            Assert.StartsWith("flushed ", flushed, StringComparison.Ordinal);
            id = long.Parse(flushed["flushed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("unflushed", await ReadLineAsync(child));

            // SIGKILL on Linux: no finally blocks, no dispose, no flush.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(_guard.Token);
        }

        using var store = await SessionStore.OpenAsync(_db.Path, TimeProvider.System);
        var session = await store.GetAsync(id);

        Assert.NotNull(session);
        Assert.Contains(id, store.RecoveredSessionIds);
        Assert.Equal(SessionStatus.Interrupted, session.Listing.Status);
        Assert.NotNull(session.Listing.EndedAt);
        Assert.Equal(["crash-helper-roller"], session.Listing.Devices);
        Assert.Equal(
            [
                new ZoneInterval(TimeSpan.Zero, TimeSpan.FromSeconds(3), BodyZone.None, null),
                new ZoneInterval(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(40), BodyZone.UpperBack, null),
            ],
            session.Report.Zones);
        Assert.Equal([new Alert(TimeSpan.FromSeconds(20), AlertKind.TooFast)], session.Report.Alerts);
        Assert.Equal(3, session.Report.Speed.Count);
        Assert.Equal(37, session.Report.Summary.PerZoneSeconds[BodyZone.UpperBack]);
        Assert.Equal(40, session.Report.DurationSeconds);
    }

    private static Process StartHelper(string databasePath)
    {
        var helper = Path.Combine(AppContext.BaseDirectory, "BackCareRoller.Storage.CrashHelper.dll");
        Assert.True(File.Exists(helper), $"The crash helper was not built beside the tests: {helper}");

        // dotnet test sets DOTNET_HOST_PATH to the muxer that runs the tests; fall back to the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(helper);
        start.ArgumentList.Add(databasePath);
        return Process.Start(start) ?? throw new InvalidOperationException("The crash helper did not start.");
    }

    private async Task<string> ReadLineAsync(Process child)
    {
        var line = await child.StandardOutput.ReadLineAsync(_guard.Token);
        if (line is null)
        {
            var error = await child.StandardError.ReadToEndAsync();
            Assert.Fail($"The crash helper ended early (exit code {(child.HasExited ? child.ExitCode : -1)}): {error}");
        }

        return line;
    }
}
