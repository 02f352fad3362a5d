using System.Reactive;

namespace BackCareRoller.TestKit.VirtualTime;

/// <summary>A notification and the virtual time (offset from <see cref="VirtualClock.Epoch"/>) it arrived at.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Time">Offset from the epoch.</param>
/// <param name="Notification">What arrived.</param>
public readonly record struct Recorded<T>(TimeSpan Time, Notification<T> Notification)
{
    /// <inheritdoc />
    public override string ToString() => $"{Time.TotalSeconds:0.######} s: {Notification}";
}
