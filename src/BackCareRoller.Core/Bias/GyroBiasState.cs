using System.Numerics;

namespace BackCareRoller.Core.Bias;

/// <summary>The bias estimator's memory and its output for the latest sample.</summary>
/// <param name="Bias">The current bias estimate, rad/s.</param>
/// <param name="HasBias">True once a bias has been learned.</param>
/// <param name="Started">True once a sample has been seen.</param>
/// <param name="Smoothed">The raw rate smoothed for the stillness test, rad/s.</param>
/// <param name="Candidate">Before the first estimate: the mean of the current still stretch, the stillness reference, rad/s.</param>
/// <param name="StillSeconds">How long the sensor has been still.</param>
/// <param name="BlockSum">Σ raw·dt of the still block being gathered, rad.</param>
/// <param name="BlockSeconds">Length of that block.</param>
/// <param name="Pending">Mean rate of the last complete still block, waiting for a following still block before it is trusted.</param>
/// <param name="PendingSeconds">Length of the pending block; 0 when there is none.</param>
/// <param name="Corrected">The latest sample's rate with the bias removed, rad/s.</param>
internal readonly record struct GyroBiasState(
    Vector3 Bias,
    bool HasBias,
    bool Started,
    Vector3 Smoothed,
    Vector3 Candidate,
    double StillSeconds,
    Vector3 BlockSum,
    double BlockSeconds,
    Vector3 Pending,
    double PendingSeconds,
    Vector3 Corrected)
{
    /// <summary>Nothing seen yet; zero bias.</summary>
    public static GyroBiasState Initial => default;
}
