using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage;
using BackCareRoller.Storage.Sessions;

// Usage: BackCareRoller.Storage.CrashHelper <database path>
// Records a live session, flushes it, prints "flushed <id>", appends more without flushing, prints "unflushed", then
// waits on standard input until it is killed. The test asserts what survives the kill.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: BackCareRoller.Storage.CrashHelper <database path>").ConfigureAwait(false);
    return 2;
}

// A flush interval far beyond the test's life: only the explicit flush writes, so what survives is exact.
var options = new SessionStoreOptions { FlushInterval = TimeSpan.FromHours(1) };
using var store = await SessionStore.OpenAsync(args[0], TimeProvider.System, options).ConfigureAwait(false);
var record = new SessionRecord
{
    StartedAt = TimeProvider.System.GetUtcNow(),
    Devices = ["crash-helper-roller"],
    Setup = new SessionSetup(178, 15),
};
var writer = await store.BeginSessionAsync(record).ConfigureAwait(false);

// Flushed: two spans of the timeline, one alert, three speed readings and a running summary.
await writer.AppendZoneIntervalAsync(new ZoneInterval(TimeSpan.Zero, TimeSpan.FromSeconds(3), BodyZone.None, null)).ConfigureAwait(false);
await writer.AppendZoneIntervalAsync(new ZoneInterval(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(40), BodyZone.UpperBack, null)).ConfigureAwait(false);
await writer.AppendAlertAsync(new Alert(TimeSpan.FromSeconds(20), AlertKind.TooFast)).ConfigureAwait(false);
for (var i = 0; i < 3; i++)
{
    await writer.AppendSpeedAsync(new SpeedReading(TimeSpan.FromSeconds(3 + (0.1 * i)), 0.02)).ConfigureAwait(false);
}

var summary = new SessionSummary
{
    PerZoneSeconds = new Dictionary<BodyZone, double> { [BodyZone.None] = 3, [BodyZone.UpperBack] = 37 },
    PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
    TooFastSeconds = 1.5,
    AlertCounts = new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 1 },
};
await writer.UpdateSummaryAsync(summary, TimeSpan.FromSeconds(40)).ConfigureAwait(false);
await writer.FlushAsync().ConfigureAwait(false);
Console.WriteLine($"flushed {writer.SessionId}");

// Not flushed: lost by the kill, by design (at most one flush interval is lost).
await writer.AppendZoneIntervalAsync(new ZoneInterval(TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(45), BodyZone.Lumbar, null)).ConfigureAwait(false);
await writer.AppendAlertAsync(new Alert(TimeSpan.FromSeconds(40.2), AlertKind.Lumbar)).ConfigureAwait(false);
Console.WriteLine("unflushed");

// Wait to be killed; end normally only if the test closes standard input.
await Console.In.ReadLineAsync().ConfigureAwait(false);
await writer.DisposeAsync().ConfigureAwait(false);
return 0;
