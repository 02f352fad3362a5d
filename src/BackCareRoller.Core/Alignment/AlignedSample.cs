using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Alignment;

/// <summary>A sample placed on its sensor's own timeline: how long since that sensor's previous sample, and whether a gap precedes it.</summary>
/// <param name="Sample">The sample as received.</param>
/// <param name="IntervalSeconds">
/// Seconds since the previous sample of the same sensor; 0 for the first sample and after a gap, so integrals never
/// bridge missing data.
/// </param>
/// <param name="FollowsGap">True for the sensor's first sample and for a sample that follows a gap longer than the gap threshold.</param>
public readonly record struct AlignedSample(ImuSample Sample, double IntervalSeconds, bool FollowsGap);
