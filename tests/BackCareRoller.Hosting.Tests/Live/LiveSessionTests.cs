using System.Numerics;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Threading.Tasks;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Hosting.Telemetry;
using BackCareRoller.Sources;
using BackCareRoller.Sources.Live;
using BackCareRoller.Sources.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Hosting.Tests.Live;

public sealed class LiveSessionTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly HistoricalScheduler _scheduler = new(Start);
    private readonly InMemorySessionStore _store = new(new FakeTimeProvider(Start));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private LiveSessionManager Manager(ILivePipeline pipeline, int maxSessions = 10) => new(
        pipeline,
        _store,
        _scheduler,
        new FakeTimeProvider(Start),
        new LiveMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
        Microsoft.Extensions.Options.Options.Create(new LiveOptions { IdleTimeout = TimeSpan.FromSeconds(30), MaxConcurrentSessions = maxSessions }),
        new NoLifetime(),
        NullLogger<LiveSessionManager>.Instance);

    private static ImuSample Roller(double seconds, float gz = 0) => new(TimeSpan.FromSeconds(seconds), SensorRole.Roller, Vector3.UnitY * 9.81f, new Vector3(0.3f, 0, gz));

    [Fact]
    public async Task Stats_EverySecond_ReportSampleRatePerSensor()
    {
        var feed = new LiveSampleFeed(ImuSourceKind.Phone);
        var session = (await Manager(new AlertOnMarker()).StartAsync(feed, null, null, RollerMount.UnknownMount, CancellationToken.None))!;
        var stats = new List<LiveStatsEvent>();
        using var watching = session.Events.OfType<LiveStatsEvent>().Subscribe(stats.Add);

        for (var i = 0; i < 50; i++)
        {
            feed.Post(Roller(i * 0.02));
        }

        _scheduler.AdvanceBy(TimeSpan.FromSeconds(1));

        var first = Assert.Single(stats);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Time);
        Assert.Equal(50, first.RollerSamplesPerSecond, 6);
        Assert.Equal(0, first.BodySamplesPerSecond);
        Assert.Equal(50, first.SamplesTotal);
    }

    [Fact]
    public async Task Idle_NoSamplesForTheIdleTimeout_EndsIdleAndSaves()
    {
        var feed = new LiveSampleFeed(ImuSourceKind.Phone);
        var session = (await Manager(new AlertOnMarker()).StartAsync(feed, null, null, RollerMount.UnknownMount, CancellationToken.None))!;

        _scheduler.AdvanceBy(TimeSpan.FromSeconds(29));
        Assert.False(session.Ended.IsCompleted);
        _scheduler.AdvanceBy(TimeSpan.FromSeconds(1));

        Assert.Equal(SessionEndReason.Idle, (await session.Ended.WaitAsync(TimeSpan.FromSeconds(5))).Reason);
        Assert.Equal("idle", Assert.Single(await _store.ListAsync(10, CancellationToken.None)).Status);
        Assert.False(feed.Post(Roller(31)));
    }

    [Fact]
    public async Task PipelineFails_SessionEndsFailedWithWhatItHadSaved()
    {
        var feed = new LiveSampleFeed(ImuSourceKind.Phone);
        var session = (await Manager(new AlertOnMarker()).StartAsync(feed, null, null, RollerMount.UnknownMount, CancellationToken.None))!;
        feed.Post(Roller(0.5, gz: AlertOnMarker.Marker));

        feed.Post(Roller(0.6, gz: AlertOnMarker.Poison));

        Assert.Equal(SessionEndReason.Failed, (await session.Ended.WaitAsync(TimeSpan.FromSeconds(5))).Reason);
        var report = await _store.GetReportAsync(session.Id, CancellationToken.None);
        Assert.Equal(AlertKind.Lumbar, Assert.Single(report!.Alerts).Kind);
    }

    [Fact]
    public async Task ReplaySource_RunsToItsEnd_SessionCompletesAtTheLastSample()
    {
        var source = new PacedReplaySource(ImuSourceKind.Replay, () => [Roller(0), Roller(1.0, gz: AlertOnMarker.Marker), Roller(2.5)]);
        var session = (await Manager(new AlertOnMarker()).StartAsync(source, null, null, RollerMount.FirmwareAxis, CancellationToken.None))!;
        var alerts = new List<(TimeSpan Clock, LiveAlertEvent Alert)>();
        using var watching = session.Events.OfType<LiveAlertEvent>().Subscribe(a => alerts.Add((session.Elapsed, a)));

        _scheduler.AdvanceBy(TimeSpan.FromSeconds(3));

        var ended = await session.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(SessionEndReason.Completed, ended.Reason);
        Assert.Equal(TimeSpan.FromSeconds(2.5), ended.Time);
        var (clock, alert) = Assert.Single(alerts);
        Assert.Equal(TimeSpan.FromSeconds(1), alert.Time);
        Assert.Equal(TimeSpan.FromSeconds(1), clock);
    }

    [Fact]
    public async Task ViewerAfterTheEnd_GetsTheEndAndCompletion()
    {
        var feed = new LiveSampleFeed(ImuSourceKind.Phone);
        var session = (await Manager(new AlertOnMarker()).StartAsync(feed, null, null, RollerMount.UnknownMount, CancellationToken.None))!;
        await session.StopAsync(SessionEndReason.Stopped);

        var seen = await session.Events.ToList().ToTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.IsType<LiveEndedEvent>(Assert.Single(seen));
    }

    [Fact]
    public async Task StartAsync_AtTheSessionLimit_Refused()
    {
        var manager = Manager(new AlertOnMarker(), maxSessions: 1);
        Assert.NotNull(await manager.StartAsync(new LiveSampleFeed(ImuSourceKind.Phone), null, null, RollerMount.UnknownMount, CancellationToken.None));

        Assert.Null(await manager.StartAsync(new LiveSampleFeed(ImuSourceKind.Phone), null, null, RollerMount.UnknownMount, CancellationToken.None));
    }

    [Fact]
    public async Task StopAsync_Shutdown_ClosesEverySessionAsShutdown()
    {
        var manager = Manager(new AlertOnMarker());
        var one = (await manager.StartAsync(new LiveSampleFeed(ImuSourceKind.Phone), 160, 12, RollerMount.UnknownMount, CancellationToken.None))!;
        var two = (await manager.StartAsync(new LiveSampleFeed(ImuSourceKind.SensorLogger), null, null, RollerMount.UnknownMount, CancellationToken.None))!;

        await manager.StopAsync(CancellationToken.None);

        Assert.Equal(SessionEndReason.Shutdown, (await one.Ended).Reason);
        Assert.Equal(SessionEndReason.Shutdown, (await two.Ended).Reason);
        Assert.Empty(manager.Sessions);
        Assert.Null(await manager.StartAsync(new LiveSampleFeed(ImuSourceKind.Phone), null, null, RollerMount.UnknownMount, CancellationToken.None));
    }

    /// <summary>Raises a lumbar alert on a marked sample and fails on a poisoned one.</summary>
    private sealed class AlertOnMarker : ILivePipeline
    {
        public const float Marker = 7;
        public const float Poison = 13;

        public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler) =>
            samples.Where(s => s.AngularVelocity.Z is Marker or Poison)
                .Select(s => s.AngularVelocity.Z == Poison
                    ? throw new InvalidOperationException("poisoned sample")
                    : (LiveEvent)new LiveAlertEvent(new Alert(s.Time, AlertKind.Lumbar)));
    }

    private sealed class NoLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
