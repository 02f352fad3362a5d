using System.Numerics;

namespace BackCareRoller.Core.Bias;

/// <summary>The bias estimator's memory and its output for the latest sample.</summary>
/// <param name="Bias">The current bias estimate, rad/s.</param>
/// <param name="Smoothed">The raw rate smoothed for the stillness test, rad/s.</param>
/// <param name="Candidate">Before the first estimate: the mean of the current still stretch, rad/s.</param>
/// <param name="StillSeconds">How long the sensor has been still.</param>
/// <param name="HasBias">True once a bias has been learned.</param>
/// <param name="Started">True once a sample has been seen.</param>
/// <param name="Corrected">The latest sample's rate with the bias removed, rad/s.</param>
internal readonly record struct GyroBiasState(
    Vector3 Bias,
    Vector3 Smoothed,
    Vector3 Candidate,
    double StillSeconds,
    bool HasBias,
    bool Started,
    Vector3 Corrected)
{
    /// <summary>Nothing seen yet; zero bias.</summary>
    public static GyroBiasState Initial => default;

    /// <summary>True while the sensor has been still for at least the still duration.</summary>
    public bool IsStillFor(GyroBiasSettings settings) => StillSeconds >= settings.StillSeconds && Started;
}
