using BackCareRoller.Core.Reports;
using BackCareRoller.Storage;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Benchmarks.Storage;

/// <summary>
/// Storing a finished 2-hour session (issue 5 bar: well under a second): 3,600 zone spans, 120 alerts, the summary,
/// and with or without its 72,000-reading speed series, into a real SQLite file in WAL mode.
/// Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*SaveSessionBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SingleInvocationStorageBenchmarkConfig))]
public class SaveSessionBenchmarks
{
    private SessionReport _report = null!;
    private SessionStore _store = null!;
    private string _path = null!;

    [Params(true, false)]
    public bool WithSpeedSeries { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _report = StorageBenchmarkData.Report(TimeSpan.FromHours(2), spanSeconds: 2, withSpeed: WithSpeedSeries);
        _path = StorageBenchmarkData.TempDatabasePath("save");
        _store = await SessionStore.OpenAsync(_path, TimeProvider.System);
    }

    [Benchmark]
    public Task<long> SaveTwoHourSession() =>
        _store.SaveCompletedAsync(StorageBenchmarkData.Record(new DateTimeOffset(2025, 3, 10, 7, 30, 0, TimeSpan.Zero)), _report);

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }
}
