using BackCareRoller.Protocol.Clock;
using BackCareRoller.Protocol.Reassembly;

namespace BackCareRoller.Protocol.Tests.Clock;

public sealed class ClockFitTests
{
    private static readonly ReassemblySettings Settings = new();

    [Theory]
    [InlineData(100)]
    [InlineData(-250)]
    [InlineData(0)]
    public void Observe_ArrivalsOnAnExactLine_RecoversDriftAndOffset(double driftPpm)
    {
        // Host time = 7 s + device time / (1 + drift): no latency at all.
        var state = ClockFit.Create(Settings);
        for (var k = 0; k <= 600; k++)
        {
            var device = 1_000_000_000L + (k * 100_000L);
            ClockFit.Observe(ref state, Settings, device, HostTicks(7 + ((device - 1_000_000_000L) * 1e-6 / (1 + (driftPpm * 1e-6)))));
        }

        Assert.Equal(driftPpm, ClockFit.DriftPpm(state), 3);
        var probe = 1_000_000_000L + 90_000_000L;
        Assert.InRange(ClockFit.HostTicks(state, probe) - HostTicks(7 + (90 / (1 + (driftPpm * 1e-6)))), -10, 10);
    }

    [Fact]
    public void Observe_OneSidedLatency_LineRestsOnTheFloorNotTheMean()
    {
        // Latency 2 ms plus up to 30 ms of one-sided noise: the mean is ~17 ms late, the floor 2 ms.
        var random = new Random(7);
        var state = ClockFit.Create(Settings);
        for (var k = 0; k <= 6000; k++)
        {
            var device = k * 50_000L;
            var latency = 0.002 + (random.NextDouble() * 0.030);
            ClockFit.Observe(ref state, Settings, device, HostTicks((device * 1e-6) + latency));
        }

        var mapped = ClockFit.HostTicks(state, 6000 * 50_000L) / TimeSpan.TicksPerSecond;

        Assert.InRange(mapped - 300.0, 0.002, 0.0025);
    }

    [Fact]
    public void Observe_FewerPointsThanNeededForSlope_UsesTheLowestOffsetWithoutDrift()
    {
        var state = ClockFit.Create(Settings);
        ClockFit.Observe(ref state, Settings, 0, HostTicks(10.020));
        ClockFit.Observe(ref state, Settings, 50_000, HostTicks(10.055));
        ClockFit.Observe(ref state, Settings, 100_000, HostTicks(10.120));

        // Offsets host − device are 10.020, 10.005 and 10.020 s: the lowest wins; no slope yet.
        Assert.Equal(0, ClockFit.DriftPpm(state));
        Assert.InRange(ClockFit.HostTicks(state, 200_000) - HostTicks(10.205), -10, 10);
    }

    [Fact]
    public void Reset_AfterObservations_ForgetsTheFitButKeepsTheBuffers()
    {
        var state = ClockFit.Create(Settings);
        var points = state.Points;
        for (var k = 0; k < 100; k++)
        {
            ClockFit.Observe(ref state, Settings, k * 1_000_000L, HostTicks(k * 1.0001));
        }

        ClockFit.Reset(ref state);

        Assert.False(state.HasSlope);
        Assert.False(state.HasAnchor);
        Assert.Equal(0, state.Count);
        Assert.Same(points, state.Points);
    }

    private static long HostTicks(double seconds) => (long)Math.Round(seconds * TimeSpan.TicksPerSecond);
}
