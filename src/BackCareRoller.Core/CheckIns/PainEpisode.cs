namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// How long the current pain has lasted, from the check-ins: the latest answer to "days since it started", carried
/// forward by the time elapsed since it was given, as long as no check-in in between said the pain had gone (0).
/// </summary>
internal static class PainEpisode
{
    /// <summary>
    /// Days the pain has lasted at <paramref name="at"/>, walking back from the check-in at
    /// (<paramref name="sessionIndex"/>, <paramref name="moment"/>) through earlier ones in session order.
    /// </summary>
    /// <returns>False when the pain had gone at that check-in, or no check-in of the episode said when it started.</returns>
    public static bool TryDaysLasted(
        IReadOnlyList<CheckInSession> sessions, int sessionIndex, CheckInMoment moment, DateTimeOffset at, out int days)
    {
        foreach (var checkIn in Backwards(sessions, sessionIndex, moment))
        {
            // A pain-free check-in ends the episode: anything said before it is about an earlier pain.
            if (checkIn.Pain == 0)
            {
                break;
            }

            if (checkIn.DaysSinceStart is { } said)
            {
                days = said + WholeDaysBetween(checkIn.RecordedAt, at);
                return true;
            }
        }

        days = 0;
        return false;
    }

    /// <summary>The check-ins from (<paramref name="sessionIndex"/>, <paramref name="moment"/>) back to the first.</summary>
    public static IEnumerable<CheckIn> Backwards(IReadOnlyList<CheckInSession> sessions, int sessionIndex, CheckInMoment moment)
    {
        for (var i = sessionIndex; i >= 0; i--)
        {
            var checkIns = sessions[i].CheckIns;
            if (i == sessionIndex && moment == CheckInMoment.Before)
            {
                if (checkIns.Before is { } onlyBefore)
                {
                    yield return onlyBefore;
                }

                continue;
            }

            if (checkIns.After is { } after)
            {
                yield return after;
            }

            if (checkIns.Before is { } before)
            {
                yield return before;
            }
        }
    }

    // Whole days: a check-in saying "3 days" on Monday evening means 4 days by Tuesday evening, not by Tuesday morning.
    private static int WholeDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? 0 : (int)Math.Min(CheckInDefaults.MaxDaysSinceStart, Math.Floor((to - from).TotalDays));
}
