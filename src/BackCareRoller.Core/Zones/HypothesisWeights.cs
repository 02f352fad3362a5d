using System.Runtime.CompilerServices;

namespace BackCareRoller.Core.Zones;

/// <summary>One weight per row of <see cref="MovePostureTable"/>, stored inline so the estimator's state never allocates.</summary>
[InlineArray(MovePostureTable.Count)]
internal struct HypothesisWeights
{
    private double _element0;
}
