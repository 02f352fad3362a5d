using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>What storage needs to know when a live session starts.</summary>
/// <param name="StartedAt">Wall-clock start, from the injected <see cref="TimeProvider"/>.</param>
/// <param name="Profile">The person, roller and source.</param>
public sealed record LiveSessionInfo(DateTimeOffset StartedAt, LiveSessionProfile Profile);
