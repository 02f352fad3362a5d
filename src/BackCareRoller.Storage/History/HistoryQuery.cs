namespace BackCareRoller.Storage.History;

/// <summary>Which weeks <c>backcare history</c> covers. Weeks start on Monday, in local time given as a fixed UTC offset.</summary>
/// <param name="LastDay">A day of the newest week shown (usually today), in that local time.</param>
/// <param name="Weeks">How many weeks, ending with the one containing <paramref name="LastDay"/>; 1 to 520.</param>
/// <param name="UtcOffset">
/// Local time minus UTC. Sessions are stored in UTC and placed in a week by their start plus this offset; one fixed
/// offset for the whole range keeps the rule simple (a session within an hour of midnight around a daylight-saving
/// change may land in the neighbouring day).
/// </param>
public sealed record HistoryQuery(DateOnly LastDay, int Weeks, TimeSpan UtcOffset)
{
    /// <summary>The largest <see cref="Weeks"/> accepted: ten years.</summary>
    public const int MaxWeeks = 520;
}
