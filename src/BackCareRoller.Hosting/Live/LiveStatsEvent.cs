namespace BackCareRoller.Hosting.Live;

/// <summary>Once a second: what the sensors achieve and what was lost.</summary>
/// <param name="Time">Offset from the session start.</param>
/// <param name="RollerSamplesPerSecond">Roller samples received in the last interval, per second.</param>
/// <param name="BodySamplesPerSecond">Body samples received in the last interval, per second.</param>
/// <param name="SamplesTotal">Samples received since the start.</param>
/// <param name="SamplesDropped">Samples refused (over a limit, time running backwards, out of range).</param>
/// <param name="MessagesMalformed">Messages that could not be read.</param>
public sealed record LiveStatsEvent(
    TimeSpan Time,
    double RollerSamplesPerSecond,
    double BodySamplesPerSecond,
    long SamplesTotal,
    long SamplesDropped,
    long MessagesMalformed) : LiveEvent(Time);
