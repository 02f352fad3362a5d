namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// The red-flag rule set, the one place it lives (DESIGN.md section 1, issue 8). From the routine's own guidance: if
/// the pain is sharp, runs down a leg, or lasts more than a week — or rolling makes it worse, i.e. it is higher after
/// rolling than before in each of the last two sessions — stop rolling the painful area and see a doctor or
/// physiotherapist. The wording lives in <see cref="RedFlagMessages"/>.
/// </summary>
public static class RedFlagRules
{
    /// <summary>
    /// Assesses how the person is now: the sharp, radiating and lasting rules on the latest session that has a
    /// check-in (before and after, whenever there is pain), the rising rule on the last sessions with both check-ins.
    /// </summary>
    /// <param name="sessions">The sessions, oldest first (sorted by start, then id, if they are not).</param>
    /// <returns>The flags raised; <see cref="RedFlagAssessment.None"/> when there is no check-in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    public static RedFlagAssessment Assess(IReadOnlyList<CheckInSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var ordered = SessionOrder.Sorted(sessions);
        return Assess(ordered, ordered.Count);
    }

    /// <summary>What the person would have been told at the end of each session: the assessment as of that session.</summary>
    /// <param name="sessions">The sessions, oldest first (sorted by start, then id, if they are not).</param>
    /// <returns>One assessment per session, in the order of <paramref name="sessions"/> once sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    public static IReadOnlyList<(CheckInSession Session, RedFlagAssessment Assessment)> AssessEach(IReadOnlyList<CheckInSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var ordered = SessionOrder.Sorted(sessions);
        var result = new (CheckInSession, RedFlagAssessment)[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            // A session without a check-in tells nothing new at its end: it gets no flags of its own.
            result[i] = (ordered[i], ordered[i].CheckIns.IsEmpty ? RedFlagAssessment.None : Assess(ordered, i + 1));
        }

        return result;
    }

    /// <summary>The flags of the first <paramref name="count"/> sessions of <paramref name="sessions"/> (oldest first).</summary>
    internal static RedFlagAssessment Assess(IReadOnlyList<CheckInSession> sessions, int count)
    {
        // The latest session with a check-in speaks for how the person is now.
        var latest = count - 1;
        while (latest >= 0 && sessions[latest].CheckIns.IsEmpty)
        {
            latest--;
        }

        if (latest < 0)
        {
            return RedFlagAssessment.None;
        }

        var sharp = false;
        var radiating = false;
        int? lastingDays = null;
        foreach (var moment in (ReadOnlySpan<CheckInMoment>)[CheckInMoment.Before, CheckInMoment.After])
        {
            // Character, radiation and duration describe a pain; a pain-free check-in has none.
            if (sessions[latest].CheckIns.At(moment) is not { Pain: > 0 } checkIn)
            {
                continue;
            }

            sharp |= checkIn.Character == PainCharacter.Sharp;
            radiating |= checkIn.RadiatesDownLeg == true;
            if (PainEpisode.TryDaysLasted(sessions, latest, moment, checkIn.RecordedAt, out var days)
                && days > CheckInDefaults.LastingPainDays)
            {
                lastingDays = Math.Max(lastingDays ?? 0, days);
            }
        }

        var flags = new List<RedFlagKind>(4);
        if (sharp)
        {
            flags.Add(RedFlagKind.SharpPain);
        }

        if (radiating)
        {
            flags.Add(RedFlagKind.RadiatingPain);
        }

        if (lastingDays is not null)
        {
            flags.Add(RedFlagKind.LastingPain);
        }

        if (RisingSessions(sessions, count) >= CheckInDefaults.RisingSessions)
        {
            flags.Add(RedFlagKind.RisingAfterRolling);
        }

        return new RedFlagAssessment(flags, lastingDays, sessions[latest].SessionId);
    }

    /// <summary>How many of the latest sessions with both check-ins, in a row, ended with more pain than they began.</summary>
    private static int RisingSessions(IReadOnlyList<CheckInSession> sessions, int count)
    {
        var rising = 0;
        for (var i = count - 1; i >= 0 && rising < CheckInDefaults.RisingSessions; i--)
        {
            // Sessions without both check-ins say nothing about what rolling did; they neither count nor break the run.
            if (sessions[i].CheckIns is not { Before: { } before, After: { } after })
            {
                continue;
            }

            // Equal pain is not a rise.
            if (after.Pain <= before.Pain)
            {
                break;
            }

            rising++;
        }

        return rising;
    }
}
