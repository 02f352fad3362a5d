using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Core.Tests.CheckIns;

/// <summary>Hand-built sessions and check-ins for the rule and rhythm tests, on a fixed calendar.</summary>
internal static class CheckInBuilder
{
    // Monday 3 March 2025, 08:00 UTC: day 0 of every test calendar.
    public static readonly DateTimeOffset Day0 = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    public static CheckIn Pain(
        int pain,
        double day = 0,
        PainCharacter? character = null,
        bool? radiates = null,
        int? days = null,
        params PainLocation[] where) => new()
        {
            RecordedAt = Day0.AddDays(day),
            Pain = pain,
            Character = character,
            RadiatesDownLeg = radiates,
            DaysSinceStart = days,
            Where = where,
        };

    /// <summary>A session on <paramref name="day"/> with check-ins 1 minute before and 20 minutes after its start.</summary>
    public static CheckInSession Session(long id, double day, CheckIn? before = null, CheckIn? after = null) => new(
        id,
        Day0.AddDays(day),
        new SessionCheckIns(
            before is null ? null : before with { RecordedAt = Day0.AddDays(day).AddMinutes(-1) },
            after is null ? null : after with { RecordedAt = Day0.AddDays(day).AddMinutes(20) }));

    /// <summary>A session on <paramref name="day"/> with pain before and after given as numbers (null: skipped).</summary>
    public static CheckInSession Pair(long id, double day, int? before, int? after) =>
        Session(id, day, before is { } b ? Pain(b) : null, after is { } a ? Pain(a) : null);
}
