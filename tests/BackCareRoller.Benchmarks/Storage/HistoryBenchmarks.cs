using BackCareRoller.Cli;
using BackCareRoller.Storage;
using BackCareRoller.Storage.History;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Benchmarks.Storage;

/// <summary>
/// <c>backcare history</c> over 1,000 stored sessions spread over a year (issue 5 bar: under 200 ms): the store query
/// alone, and the whole CLI verb through its real entry point (open, migration check, recovery check, query, table).
/// Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*HistoryBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StorageBenchmarkConfig))]
public class HistoryBenchmarks
{
    private const int Sessions = 1_000;
    private static readonly DateTimeOffset FirstStart = new(2024, 3, 11, 7, 30, 0, TimeSpan.Zero);
    private SessionStore _store = null!;
    private string _path = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _path = StorageBenchmarkData.TempDatabasePath("history");
        _store = await SessionStore.OpenAsync(_path, TimeProvider.System);

        // Ten-minute sessions (300 spans, 10 alerts, 6,000 speed readings each), about three a day for a year.
        var report = StorageBenchmarkData.Report(TimeSpan.FromMinutes(10), spanSeconds: 2);
        for (var i = 0; i < Sessions; i++)
        {
            await _store.SaveCompletedAsync(StorageBenchmarkData.Record(FirstStart.AddHours(i * 8.76)), report);
        }
    }

    [Benchmark]
    public Task<IReadOnlyList<WeekHistory>> StoreQuery52Weeks() =>
        _store.GetHistoryAsync(new HistoryQuery(new DateOnly(2025, 3, 10), 52, TimeSpan.Zero));

    [Benchmark]
    public Task<int> CliHistory52Weeks() =>
        BackCareCli.RunAsync(["history", "--weeks", "52", "--until", "2025-03-10", "--utc-offset", "+00:00", "--db", _path], TextWriter.Null, TextWriter.Null);

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }
}
