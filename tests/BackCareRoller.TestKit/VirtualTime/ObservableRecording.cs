using System.Reactive;
using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.TestKit.VirtualTime;

/// <summary>Inputs scheduled on virtual time, and recorders of what an observable emits on it.</summary>
public static class ObservableRecording
{
    /// <summary>
    /// A sequence that, once subscribed, emits each value at its absolute virtual time (seconds after the epoch),
    /// then completes at the time of the last value.
    /// </summary>
    public static IObservable<T> Emit<T>(this HistoricalScheduler scheduler, params (double Seconds, T Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(values);
        var end = values.Length == 0 ? 0.0 : values.Max(item => item.Seconds);
        return scheduler.Emit(values, Notification.CreateOnCompleted<T>(), end);
    }

    /// <summary>Emits <paramref name="values"/> at their times, then <paramref name="last"/> at <paramref name="lastSeconds"/>.</summary>
    public static IObservable<T> Emit<T>(
        this HistoricalScheduler scheduler,
        IEnumerable<(double Seconds, T Value)> values,
        Notification<T> last,
        double lastSeconds)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(last);
        var items = values.ToArray();
        return Observable.Create<T>(observer =>
        {
            var subscriptions = new CompositeDisposable();
            foreach (var (seconds, value) in items)
            {
                subscriptions.Add(scheduler.ScheduleAbsolute(VirtualClock.At(seconds), () => observer.OnNext(value)));
            }

            subscriptions.Add(scheduler.ScheduleAbsolute(VirtualClock.At(lastSeconds), () => last.Accept(observer)));
            return subscriptions;
        });
    }

    /// <summary>Emits each sample at its own time (its offset from the session start), then completes at the last.</summary>
    public static IObservable<ImuSample> EmitSamples(this HistoricalScheduler scheduler, IEnumerable<ImuSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var items = samples.Select(sample => (sample.Time.TotalSeconds, sample)).ToArray();
        return scheduler.Emit(items);
    }

    /// <summary>Subscribes now and records every notification with the scheduler's virtual time when it arrived.</summary>
    /// <returns>A list that fills as the scheduler runs.</returns>
    public static IReadOnlyList<Recorded<T>> Record<T>(this IObservable<T> source, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(scheduler);
        var recorded = new List<Recorded<T>>();
        source.Materialize().Subscribe(notification => recorded.Add(new Recorded<T>(scheduler.SessionTime(), notification)));
        return recorded;
    }
}
