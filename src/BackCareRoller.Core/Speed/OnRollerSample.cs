using BackCareRoller.Core.Alignment;

namespace BackCareRoller.Core.Speed;

/// <summary>A bias-free roller sample and whether someone is on the roller at that moment.</summary>
/// <param name="Sample">The aligned roller sample, bias removed.</param>
/// <param name="OnRoller">True while someone is taken to be on the roller; motion otherwise is a nudge or a lift.</param>
public readonly record struct OnRollerSample(AlignedSample Sample, bool OnRoller);
