namespace BackCareRoller.Hosting.Live;

/// <summary>The session is over; its report is in storage under the session id.</summary>
/// <param name="Time">Offset from the session start: the session's duration.</param>
/// <param name="Reason">Why it ended.</param>
public sealed record LiveEndedEvent(TimeSpan Time, SessionEndReason Reason) : LiveEvent(Time);
