namespace BackCareRoller.Core.CheckIns;

/// <summary>Which weeks the rhythm shows, as of when, in which local time.</summary>
/// <param name="Now">The current instant (from the injected <see cref="TimeProvider"/>).</param>
/// <param name="Weeks">How many weeks to return, ending with the current one; 1 to <see cref="MaxWeeks"/>.</param>
/// <param name="UtcOffset">Local time minus UTC: days and weeks (starting on Monday) are local days.</param>
public sealed record RhythmQuery(DateTimeOffset Now, int Weeks, TimeSpan UtcOffset)
{
    /// <summary>The largest <see cref="Weeks"/> accepted: ten years.</summary>
    public const int MaxWeeks = 520;
}
