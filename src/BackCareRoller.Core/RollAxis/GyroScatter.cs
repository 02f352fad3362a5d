using System.Numerics;

namespace BackCareRoller.Core.RollAxis;

/// <summary>The time-weighted scatter matrix Σ ω ωᵀ dt of the gyro vector, kept as its six distinct entries.</summary>
/// <param name="Xx">Entry (x, x), rad²/s.</param>
/// <param name="Xy">Entry (x, y).</param>
/// <param name="Xz">Entry (x, z).</param>
/// <param name="Yy">Entry (y, y).</param>
/// <param name="Yz">Entry (y, z).</param>
/// <param name="Zz">Entry (z, z).</param>
internal readonly record struct GyroScatter(double Xx, double Xy, double Xz, double Yy, double Yz, double Zz)
{
    /// <summary>Fades the scatter by <paramref name="keep"/> and adds ω ωᵀ·<paramref name="weight"/>.</summary>
    public GyroScatter Add(Vector3 rate, double weight, double keep)
    {
        double x = rate.X, y = rate.Y, z = rate.Z;
        return new(
            (Xx * keep) + (x * x * weight),
            (Xy * keep) + (x * y * weight),
            (Xz * keep) + (x * z * weight),
            (Yy * keep) + (y * y * weight),
            (Yz * keep) + (y * z * weight),
            (Zz * keep) + (z * z * weight));
    }

    /// <summary>The matrix as a 3×3 array, for the eigen-decomposition.</summary>
    public double[,] ToArray() => new[,] { { Xx, Xy, Xz }, { Xy, Yy, Yz }, { Xz, Yz, Zz } };
}
