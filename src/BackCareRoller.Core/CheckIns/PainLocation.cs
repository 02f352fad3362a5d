using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.CheckIns;

/// <summary>One place a check-in says it hurts.</summary>
/// <param name="Area">Lower back, buttock or leg.</param>
/// <param name="Side">The person's left or right; null when both, the middle, or not said.</param>
public readonly record struct PainLocation(PainArea Area, BodySide? Side);
