using BackCareRoller.Core.CheckIns;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BackCareRoller.Core.Tests.CheckIns.CheckInBuilder;

namespace BackCareRoller.Core.Tests.CheckIns;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200, EndSize = 40)]
public sealed class CheckInProperties
{
    [Property]
    public bool Rising_AnyPainHistory_AgreesWithASimpleOracle(History history)
    {
        // Oracle: the last two sessions that have both check-ins, and in each the pain after is above the pain before.
        var pairs = history.Sessions.Where(s => s.CheckIns.Before is not null && s.CheckIns.After is not null).ToList();
        var expected = pairs.Count >= 2 && pairs.TakeLast(2).All(s => s.CheckIns.After!.Pain > s.CheckIns.Before!.Pain);

        return RedFlagRules.Assess(history.Sessions).Has(RedFlagKind.RisingAfterRolling) == expected;
    }

    [Property]
    public bool Assess_AppendingASessionWithoutCheckIns_ChangesNothing(History history)
    {
        var lastDay = history.Sessions.Count == 0 ? 0 : (history.Sessions[^1].StartedAt - Day0).TotalDays;
        var longer = history.Sessions.Append(Pair(10_000, lastDay + 1, null, null)).ToList();

        return RedFlagRules.Assess(history.Sessions) == RedFlagRules.Assess(longer);
    }

    [Property]
    public bool Assess_AnyOrderOfTheSameSessions_GivesTheSameFlags(History history)
    {
        var shuffled = history.Sessions.OrderBy(s => (s.SessionId * 7919) % 101).ToList();

        return RedFlagRules.Assess(history.Sessions) == RedFlagRules.Assess(shuffled);
    }

    [Property]
    public bool Rhythm_AnyHistory_WeeksAreConsecutiveMondaysEndingThisWeekWithConsistentCounts(History history)
    {
        var now = Day0.AddDays(60); // Friday 2 May 2025, in the week of Monday 28 April
        var rhythm = RhythmCalculator.Compute(history.Sessions, new RhythmQuery(now, 12, TimeSpan.Zero));

        var consecutive = rhythm.Weeks.Select((w, i) => w.WeekStart == new DateOnly(2025, 4, 28).AddDays(-7 * (11 - i))).All(ok => ok);
        var counts = rhythm.Weeks.All(w => w.ActiveDays <= 7 && w.ActiveDays <= w.Sessions && w.TargetDays <= 7);
        var shownSessions = rhythm.Weeks.Sum(w => w.Sessions) <= history.Sessions.Count;
        return rhythm.Weeks.Count == 12 && consecutive && counts && shownSessions && rhythm.CurrentDayStreak <= rhythm.LongestDayStreak;
    }

    public sealed record History(IReadOnlyList<CheckInSession> Sessions)
    {
        public override string ToString() =>
            string.Join("; ", Sessions.Select(s => $"#{s.SessionId} d{(s.StartedAt - Day0).TotalDays:0.#} {s.CheckIns.Before?.Pain}->{s.CheckIns.After?.Pain}"));
    }

    public static class Arbitraries
    {
        public static Arbitrary<History> Histories() =>
            Gen.ListOf(Step).Select(Build).ToArbitrary();

        // Pain 0–10 or skipped (-1), a sharp answer now and then, 0–3 days between sessions.
        private static Gen<(int Before, int After, int GapDays, bool Sharp)> Step =>
            from before in Gen.Choose(-1, 10)
            from after in Gen.Choose(-1, 10)
            from gap in Gen.Choose(0, 3)
            from sharp in Gen.Elements(false, false, false, true)
            select (before, after, gap, sharp);

        private static History Build(IList<(int Before, int After, int GapDays, bool Sharp)> steps)
        {
            var sessions = new List<CheckInSession>();
            double day = 0;
            for (var i = 0; i < steps.Count; i++)
            {
                var (before, after, gap, sharp) = steps[i];
                day += gap + 0.01;
                sessions.Add(Session(
                    i + 1,
                    day,
                    before < 0 ? null : Pain(before, character: sharp ? PainCharacter.Sharp : PainCharacter.Dull),
                    after < 0 ? null : Pain(after)));
            }

            return new History(sessions);
        }
    }
}
