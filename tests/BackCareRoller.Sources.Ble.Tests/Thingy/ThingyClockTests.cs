using BackCareRoller.Sources.Ble.Thingy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Sources.Ble.Tests.Thingy;

public sealed class ThingyClockTests
{
    private const double Period = 10_000;
    private static readonly ThingyClockSettings Settings = new();

    [Fact]
    public void Step_JitteryArrivalsAtTheNominalRate_GiveEvenlySpacedTimesAndNoGaps()
    {
        // BLE delivers in bursts: latency saw-tooths between 0 and 8 ms on top of a 20 ms floor.
        var result = Run(Enumerable.Range(0, 3000).Select(k => 20_000 + (k * Period) + ((k % 5) * 2_000)).ToArray());

        Assert.All(result, r => Assert.Equal(0, r.Skipped));
        Assert.All(result.Select((r, k) => (r, k)), p => Assert.Equal(p.k * Period, p.r.Device, 6));
    }

    [Fact]
    public void Step_TwentyNotificationsLost_SkipsTwentySamplesAtTheNextOne()
    {
        var arrivals = Enumerable.Range(0, 600).Where(k => k is < 300 or >= 320).Select(k => 20_000 + (k * Period)).ToArray();

        var result = Run(arrivals);

        Assert.Equal(20, result[300].Skipped);
        Assert.Equal(320 * Period, result[300].Device, 6);
        Assert.Equal(20, result.Sum(r => r.Skipped));
    }

    [Theory]
    [InlineData(1.01)]
    [InlineData(0.99)]
    public void Step_SensorClockOnePercentOff_TracksArrivalsWithoutFalseGaps(double rateError)
    {
        // 60 s at 100 Hz from a sensor whose oscillator runs 1 % slow or fast.
        var arrivals = Enumerable.Range(0, 6000).Select(k => 20_000 + (k * Period * rateError) + ((k % 4) * 1_500)).ToArray();

        var result = Run(arrivals);

        Assert.All(result, r => Assert.Equal(0, r.Skipped));
        Assert.All(result.Zip(arrivals).Skip(200), p => Assert.InRange(p.Second - p.First.Device - 20_000, -25_000, 25_000));
    }

    [Property(MaxTest = 200)]
    public Property Step_AnyNonDecreasingArrivals_GiveStrictlyIncreasingDeviceTimes()
    {
        var gaps = Gen.Choose(0, 300_000).Select(g => (double)g).ListOf().Where(l => l.Count > 1).ToArbitrary();
        return Prop.ForAll(gaps, list =>
        {
            var arrival = 0.0;
            var arrivals = list.Select(g => arrival += g).ToArray();
            var result = Run(arrivals);
            return result.Zip(result.Skip(1)).All(p => p.Second.Device > p.First.Device);
        });
    }

    private static List<(double Device, int Skipped)> Run(IReadOnlyList<double> arrivals)
    {
        var state = ThingyClockState.Initial;
        var result = new List<(double, int)>();
        foreach (var arrival in arrivals)
        {
            state = ThingyClock.Step(state, arrival, Period, Settings, out var device, out var skipped);
            result.Add((device, skipped));
        }

        return result;
    }
}
