using System.Reactive.Concurrency;

namespace BackCareRoller.TestKit.VirtualTime;

/// <summary>
/// Virtual time for Rx tests: a <see cref="HistoricalScheduler"/> that starts at a known instant, and conversions
/// between that scheduler's clock and session seconds.
/// </summary>
public static class VirtualClock
{
    /// <summary>The instant every test scheduler starts at: session time 0.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A new scheduler whose clock reads <see cref="Epoch"/>.</summary>
    public static HistoricalScheduler CreateScheduler() => new(Epoch);

    /// <summary>The instant <paramref name="seconds"/> after <see cref="Epoch"/>.</summary>
    public static DateTimeOffset At(double seconds) => Epoch + TimeSpan.FromSeconds(seconds);

    /// <summary>The instant <paramref name="seconds"/> after the epoch of <paramref name="scheduler"/>.</summary>
    public static DateTimeOffset At(this HistoricalScheduler scheduler, double seconds)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return At(seconds);
    }

    /// <summary>The scheduler's clock as session time (offset from <see cref="Epoch"/>).</summary>
    public static TimeSpan SessionTime(this IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return scheduler.Now - Epoch;
    }

    /// <summary>Runs the scheduler until its clock reads <paramref name="seconds"/>.</summary>
    public static void AdvanceToSeconds(this HistoricalScheduler scheduler, double seconds)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        scheduler.AdvanceTo(At(seconds));
    }
}
