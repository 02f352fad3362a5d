namespace BackCareRoller.Hosting.Live;

/// <summary>Something a live session tells its viewers and its storage: alerts, speed, zone, statistics, the end.</summary>
/// <param name="Time">Offset from the session start.</param>
public abstract record LiveEvent(TimeSpan Time);
