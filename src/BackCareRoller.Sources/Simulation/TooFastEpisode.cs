using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// One true too-fast episode by the published rule (DESIGN.md section 3): it starts when the 1-second trailing
/// mean of the true |ω·r| goes above 5.0 cm/s and ends when it falls below 4.0 cm/s (JSON: <c>too_fast</c>).
/// </summary>
/// <param name="Start">When the mean went above the threshold (<c>start_s</c>); one alert is due here.</param>
/// <param name="End">When it fell below the clear level, or the session end (<c>end_s</c>).</param>
/// <param name="PeakAverageSpeedMetersPerSecond">Largest 1-second mean inside the episode (<c>peak_avg_m_per_s</c>).</param>
/// <param name="Move">The move at the start (<c>move</c>).</param>
public readonly record struct TooFastEpisode(TimeSpan Start, TimeSpan End, double PeakAverageSpeedMetersPerSecond, RoutineMove Move);
