using BackCareRoller.Core.Reports;

namespace BackCareRoller.Storage.Sessions;

/// <summary>A stored session with its full report, as <c>sessions show</c>, <c>export</c> and <c>report</c> need it.</summary>
/// <param name="Listing">The session's facts.</param>
/// <param name="Report">
/// The report rebuilt from storage: alerts, zone timeline and speed from their tables, duration and summary from the
/// stored report document. For an interrupted session it covers the data up to the last flush.
/// </param>
public sealed record StoredSession(SessionListing Listing, SessionReport Report);
