using System.Numerics;

namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// The weekly rhythm (issue 8): days with a session per week against the routine's target — daily while tightness is
/// acute (the latest check-in's pain is 4 or more, or the pain started less than 14 days ago), else 3–4 days a week —
/// with streaks and the weekly pain before and after rolling. Consistency matters more than intensity, so days count,
/// not sessions or minutes.
/// </summary>
public static class RhythmCalculator
{
    /// <summary>Computes the rhythm of <paramref name="sessions"/> as of <see cref="RhythmQuery.Now"/>.</summary>
    /// <param name="sessions">Every stored session with its check-ins, in any order; sessions after now are ignored.</param>
    /// <param name="query">Now, how many weeks, and the local offset.</param>
    /// <returns>The rhythm.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Weeks is not between 1 and <see cref="RhythmQuery.MaxWeeks"/>, or the offset is not whole minutes within ±14 h.
    /// </exception>
    public static WeeklyRhythm Compute(IReadOnlyList<CheckInSession> sessions, RhythmQuery query)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Weeks, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Weeks, RhythmQuery.MaxWeeks, nameof(query));
        if (query.UtcOffset.Duration() > TimeSpan.FromHours(14) || query.UtcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.UtcOffset, "The UTC offset must be whole minutes within ±14 hours.");
        }

        var ordered = SessionOrder.Sorted(sessions);
        var count = 0;
        while (count < ordered.Count && ordered[count].StartedAt <= query.Now)
        {
            count++;
        }

        var offset = query.UtcOffset;
        var today = RhythmCalendar.LocalDay(query.Now, offset);
        var currentWeek = RhythmCalendar.WeekStartOf(today);
        var shownFrom = currentWeek.AddDays(-7 * (query.Weeks - 1));
        var (nowAcute, latest, daysLasted) = Acuteness(ordered, count, query.Now);
        if (count == 0)
        {
            var empty = new RhythmWeek[query.Weeks];
            for (var i = 0; i < empty.Length; i++)
            {
                empty[i] = new RhythmWeek(shownFrom.AddDays(7 * i), 0, 0, RhythmTarget.Maintenance, 0, WeekStatus.NotStarted, null, null, PainTrend.None);
            }

            return new WeeklyRhythm(empty, RhythmTarget.Maintenance, null, null, 0, 0, 0);
        }

        // Every week from the first session (or the first week shown) to now: streaks and trends may reach back further
        // than the weeks shown.
        var firstDay = RhythmCalendar.LocalDay(ordered[0].StartedAt, offset);
        var from = RhythmCalendar.WeekStartOf(firstDay);
        if (shownFrom < from)
        {
            from = shownFrom;
        }

        var weekCount = ((currentWeek.DayNumber - from.DayNumber) / 7) + 1;
        var tallies = new WeekTally[weekCount];
        var activeDays = new SortedSet<DateOnly>();
        for (var i = 0; i < count; i++)
        {
            var day = RhythmCalendar.LocalDay(ordered[i].StartedAt, offset);
            activeDays.Add(day);
            tallies[(day.DayNumber - from.DayNumber) / 7].Add(day, ordered[i].CheckIns);
        }

        var weeks = new RhythmWeek[weekCount];
        RhythmWeek? previousWithPain = null;
        for (var i = 0; i < weekCount; i++)
        {
            var weekStart = from.AddDays(7 * i);
            var week = Week(weekStart, tallies[i], firstDay, today, ordered, count, query.Now, offset, previousWithPain);
            weeks[i] = week;
            if (week.PainBefore is not null || week.PainAfter is not null)
            {
                previousWithPain = week;
            }
        }

        var (currentStreak, longestStreak) = DayStreaks(activeDays, today);
        return new WeeklyRhythm(
            weeks[^query.Weeks..],
            nowAcute ? RhythmTarget.Daily : RhythmTarget.Maintenance,
            latest,
            daysLasted,
            currentStreak,
            longestStreak,
            WeekStreak(weeks));
    }

    private static RhythmWeek Week(
        DateOnly weekStart,
        WeekTally tally,
        DateOnly firstDay,
        DateOnly today,
        IReadOnlyList<CheckInSession> sessions,
        int count,
        DateTimeOffset now,
        TimeSpan offset,
        RhythmWeek? previousWithPain)
    {
        var lastDay = weekStart.AddDays(6);
        var painBefore = tally.MeanBefore;
        var painAfter = tally.MeanAfter;
        var trend = Trend(painBefore, painAfter, previousWithPain);

        // A week that ended before the first session has nothing to meet.
        if (lastDay < firstDay)
        {
            return new RhythmWeek(weekStart, 0, 0, RhythmTarget.Maintenance, 0, WeekStatus.NotStarted, null, null, PainTrend.None);
        }

        // The target is the one in force at the week's end (now, for the current week).
        var weekEnd = RhythmCalendar.LocalMidnight(weekStart.AddDays(7), offset).AddTicks(-1);
        var (acute, _, _) = Acuteness(sessions, count, weekEnd < now ? weekEnd : now);
        var target = acute ? RhythmTarget.Daily : RhythmTarget.Maintenance;

        // The first week counts from the first session's day, so starting on a Thursday is not a missed Monday.
        var eligibleDays = lastDay.DayNumber - (weekStart < firstDay ? firstDay : weekStart).DayNumber + 1;
        var targetDays = acute
            ? eligibleDays
            : (int)Math.Ceiling(CheckInDefaults.MaintenanceDaysPerWeek * eligibleDays / 7.0);
        var active = tally.ActiveDays;
        WeekStatus status;
        if (active >= targetDays)
        {
            status = WeekStatus.Met;
        }
        else if (today > lastDay)
        {
            status = WeekStatus.Below;
        }
        else
        {
            // The current week: still possible if every day left (today included, unless already rolled) gets a session.
            var daysLeft = lastDay.DayNumber - today.DayNumber + (tally.HasDay(today) ? 0 : 1);
            status = active + daysLeft >= targetDays ? WeekStatus.OnTrack : WeekStatus.Below;
        }

        return new RhythmWeek(weekStart, tally.Sessions, active, target, targetDays, status, painBefore, painAfter, trend);
    }

    /// <summary>Whether tightness is acute at <paramref name="at"/>, from the latest check-in given by then.</summary>
    private static (bool Acute, CheckIn? Latest, int? DaysLasted) Acuteness(IReadOnlyList<CheckInSession> sessions, int count, DateTimeOffset at)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (sessions[i].StartedAt > at)
            {
                continue;
            }

            foreach (var moment in (ReadOnlySpan<CheckInMoment>)[CheckInMoment.After, CheckInMoment.Before])
            {
                if (sessions[i].CheckIns.At(moment) is not { } latest || latest.RecordedAt > at)
                {
                    continue;
                }

                int? lasted = PainEpisode.TryDaysLasted(sessions, i, moment, at, out var days) ? days : null;
                var acute = latest.Pain >= CheckInDefaults.AcutePain || lasted < CheckInDefaults.AcuteOnsetDays;
                return (acute, latest, lasted);
            }
        }

        // No check-in yet: nothing says the tightness is acute.
        return (false, null, null);
    }

    private static PainTrend Trend(double? before, double? after, RhythmWeek? previous)
    {
        // Like with like: before-rolling pain is the fairer measure of how the back is; after-rolling when that is all there is.
        var (now, then) = (before, previous?.PainBefore) is ({ } b, { } pb) ? (b, pb)
            : (after, previous?.PainAfter) is ({ } a, { } pa) ? (a, pa)
            : (double.NaN, double.NaN);
        if (double.IsNaN(now))
        {
            return PainTrend.None;
        }

        // A tolerance for sums of tenths: 4.0 against 5.0 is a whole point even when the means are inexact.
        const double Tolerance = 1e-9;
        return now - then <= -CheckInDefaults.PainTrendThreshold + Tolerance ? PainTrend.Lower
            : now - then >= CheckInDefaults.PainTrendThreshold - Tolerance ? PainTrend.Higher
            : PainTrend.Steady;
    }

    private static (int Current, int Longest) DayStreaks(SortedSet<DateOnly> days, DateOnly today)
    {
        var longest = 0;
        var run = 0;
        DateOnly? previous = null;
        foreach (var day in days)
        {
            run = previous is { } p && day.DayNumber == p.DayNumber + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = day;
        }

        // Today is still open: a streak that reached yesterday is not broken yet.
        var current = 0;
        var cursor = days.Contains(today) ? today : today.AddDays(-1);
        while (days.Contains(cursor))
        {
            current++;
            cursor = cursor.AddDays(-1);
        }

        return (current, longest);
    }

    private static int WeekStreak(RhythmWeek[] weeks)
    {
        var streak = 0;
        for (var i = weeks.Length - 1; i >= 0; i--)
        {
            var status = weeks[i].Status;

            // The current week neither counts nor breaks the streak until it is met or can no longer be.
            if (i == weeks.Length - 1 && status == WeekStatus.OnTrack)
            {
                continue;
            }

            if (status != WeekStatus.Met)
            {
                break;
            }

            streak++;
        }

        return streak;
    }

    private struct WeekTally
    {
        private int _dayMask;
        private int _beforeSum;
        private int _beforeCount;
        private int _afterSum;
        private int _afterCount;

        public int Sessions { get; private set; }

        public readonly int ActiveDays => BitOperations.PopCount((uint)_dayMask);

        public readonly double? MeanBefore => _beforeCount == 0 ? null : (double)_beforeSum / _beforeCount;

        public readonly double? MeanAfter => _afterCount == 0 ? null : (double)_afterSum / _afterCount;

        public void Add(DateOnly day, SessionCheckIns checkIns)
        {
            Sessions++;
            _dayMask |= 1 << DayIndex(day);
            if (checkIns.Before is { } before)
            {
                _beforeSum += before.Pain;
                _beforeCount++;
            }

            if (checkIns.After is { } after)
            {
                _afterSum += after.Pain;
                _afterCount++;
            }
        }

        public readonly bool HasDay(DateOnly day) => (_dayMask & (1 << DayIndex(day))) != 0;

        private static int DayIndex(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
    }
}
