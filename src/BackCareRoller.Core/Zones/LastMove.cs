namespace BackCareRoller.Core.Zones;

/// <summary>A move that ended without the user standing up: it is reported through the transition and continued by a side switch.</summary>
/// <param name="End">When it ended.</param>
/// <param name="Origin">Its origin, u of roller displacement.</param>
/// <param name="MoveStart">When it started.</param>
/// <param name="Posture">Its held posture at the end.</param>
/// <param name="FaceSign">Its face.</param>
/// <param name="Weights">Its row probabilities.</param>
/// <param name="NoMoveProbability">Its probability of no move.</param>
/// <param name="RangeLow">Lowest displacement it covered, u.</param>
/// <param name="RangeHigh">Highest displacement it covered, u.</param>
internal readonly record struct LastMove(
    TimeSpan End,
    double Origin,
    TimeSpan MoveStart,
    HeldPosture Posture,
    double FaceSign,
    HypothesisWeights Weights,
    double NoMoveProbability,
    double RangeLow,
    double RangeHigh);
