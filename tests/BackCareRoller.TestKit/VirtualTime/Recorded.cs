using System.Reactive;

namespace BackCareRoller.TestKit.VirtualTime;

/// <summary>Builders of expected <see cref="Recorded{T}"/> entries, in seconds of virtual time.</summary>
public static class Recorded
{
    /// <summary>An OnNext of <paramref name="value"/> at <paramref name="seconds"/>.</summary>
    public static Recorded<T> OnNext<T>(double seconds, T value) =>
        new(TimeSpan.FromSeconds(seconds), Notification.CreateOnNext(value));

    /// <summary>An OnCompleted at <paramref name="seconds"/>.</summary>
    public static Recorded<T> OnCompleted<T>(double seconds) =>
        new(TimeSpan.FromSeconds(seconds), Notification.CreateOnCompleted<T>());

    /// <summary>An OnError with <paramref name="error"/> at <paramref name="seconds"/>.</summary>
    public static Recorded<T> OnError<T>(double seconds, Exception error) =>
        new(TimeSpan.FromSeconds(seconds), Notification.CreateOnError<T>(error));
}
