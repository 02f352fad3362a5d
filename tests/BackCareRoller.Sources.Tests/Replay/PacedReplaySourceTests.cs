using System.Numerics;
using System.Reactive.Concurrency;
using BackCareRoller.Core.Samples;
using BackCareRoller.Sources.Replay;

namespace BackCareRoller.Sources.Tests.Replay;

public sealed class PacedReplaySourceTests
{
    private static ImuSample At(double seconds) => new(TimeSpan.FromSeconds(seconds), SensorRole.Roller, Vector3.UnitY * 9.81f, Vector3.Zero);

    [Fact]
    public void Samples_EachSampleEmittedWhenTheClockReachesItsTime()
    {
        var scheduler = new HistoricalScheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = scheduler.Now;
        var source = new PacedReplaySource(ImuSourceKind.Replay, () => [At(0.5), At(1.0), At(2.25)]);
        var emitted = new List<(TimeSpan Clock, TimeSpan Sample)>();
        var completedAt = TimeSpan.MinValue;

        using var subscription = source.Samples(scheduler).Subscribe(s => emitted.Add((scheduler.Now - start, s.Time)), () => completedAt = scheduler.Now - start);
        scheduler.Start();

        Assert.Equal([(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5)), (TimeSpan.FromSeconds(1.0), TimeSpan.FromSeconds(1.0)), (TimeSpan.FromSeconds(2.25), TimeSpan.FromSeconds(2.25))], emitted);
        Assert.Equal(TimeSpan.FromSeconds(2.25), completedAt);
    }

    [Fact]
    public void Samples_DueWithinOneTick_EmittedTogetherInOrder()
    {
        var scheduler = new HistoricalScheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = scheduler.Now;
        var source = new PacedReplaySource(ImuSourceKind.Simulator, () => [At(0), At(0.002), At(0.004), At(0.1)]);
        var emitted = new List<(TimeSpan Clock, TimeSpan Sample)>();

        using var subscription = source.Samples(scheduler).Subscribe(s => emitted.Add((scheduler.Now - start, s.Time)));
        scheduler.Start();

        Assert.Equal([0, 0.002, 0.004, 0.1], emitted.Select(e => e.Sample.TotalSeconds));
        Assert.All(emitted.Take(3), e => Assert.True(e.Clock >= e.Sample && e.Clock - e.Sample <= PacedReplaySource.MinimumTick));
    }

    [Fact]
    public void Samples_Empty_CompletesAtOnce()
    {
        var scheduler = new HistoricalScheduler();
        var completed = false;

        using var subscription = new PacedReplaySource(ImuSourceKind.Replay, () => []).Samples(scheduler).Subscribe(_ => { }, () => completed = true);

        Assert.True(completed);
    }

    [Fact]
    public void Samples_ReaderFails_ErrorReachesTheSubscriber()
    {
        var scheduler = new HistoricalScheduler();
        Exception? error = null;
        IEnumerable<ImuSample> Broken()
        {
            yield return At(0.1);
            throw new InvalidDataException("line 7: bad row");
        }

        using var subscription = new PacedReplaySource(ImuSourceKind.Replay, Broken).Samples(scheduler).Subscribe(_ => { }, e => error = e);
        scheduler.Start();

        Assert.IsType<InvalidDataException>(error);
    }

    [Fact]
    public void Constructor_NullOpen_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new PacedReplaySource(ImuSourceKind.Replay, null!));
    }
}
