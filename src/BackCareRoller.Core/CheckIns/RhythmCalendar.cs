namespace BackCareRoller.Core.CheckIns;

/// <summary>Local days and Monday-based weeks at a fixed UTC offset, as <c>backcare history</c> counts them.</summary>
internal static class RhythmCalendar
{
    /// <summary>The Monday starting the week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The local day of <paramref name="instant"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeSpan utcOffset) =>
        DateOnly.FromDateTime(instant.ToOffset(utcOffset).DateTime);

    /// <summary>The instant local midnight starts <paramref name="day"/>.</summary>
    public static DateTimeOffset LocalMidnight(DateOnly day, TimeSpan utcOffset) =>
        new(day.ToDateTime(TimeOnly.MinValue), utcOffset);
}
