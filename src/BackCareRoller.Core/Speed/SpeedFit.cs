namespace BackCareRoller.Core.Speed;

/// <summary>
/// The sums of a least-squares quadratic fit y ≈ a + b·x + c·x² to the signed speeds around one reading time,
/// with x the sample's offset from that time in half-windows (−1..1). The reading is a: the fitted value at its time.
/// </summary>
/// <param name="Count">Samples added.</param>
/// <param name="HalfWidthSeconds">Half the window, fixed by the first sample.</param>
/// <param name="S1">Σx.</param>
/// <param name="S2">Σx².</param>
/// <param name="S3">Σx³.</param>
/// <param name="S4">Σx⁴.</param>
/// <param name="Y0">Σy, m/s.</param>
/// <param name="Y1">Σx·y.</param>
/// <param name="Y2">Σx²·y.</param>
/// <param name="MinX">Smallest offset added.</param>
/// <param name="MaxX">Largest offset added.</param>
internal readonly record struct SpeedFit(
    int Count,
    double HalfWidthSeconds,
    double S1,
    double S2,
    double S3,
    double S4,
    double Y0,
    double Y1,
    double Y2,
    double MinX,
    double MaxX)
{
    /// <summary>This fit with one more sample at offset <paramref name="x"/> (half-windows) of signed speed <paramref name="y"/>.</summary>
    public SpeedFit Add(double x, double y)
    {
        var x2 = x * x;
        return new(
            Count + 1,
            HalfWidthSeconds,
            S1 + x,
            S2 + x2,
            S3 + (x2 * x),
            S4 + (x2 * x2),
            Y0 + y,
            Y1 + (x * y),
            Y2 + (x2 * y),
            Count == 0 ? x : Math.Min(MinX, x),
            Count == 0 ? x : Math.Max(MaxX, x));
    }

    /// <summary>
    /// The fitted signed speed at the reading time: quadratic with four samples or more (no lag, and the curvature of
    /// a turn is kept), linear with fewer or when the samples sit too close together, the mean with one. When all
    /// samples lie on one side of the reading time (the edge of a gap), the mean: a fit would extrapolate.
    /// </summary>
    public double Value()
    {
        double s0 = Count;

        // One-sided: do not extrapolate.
        if (MinX > 0 || MaxX < 0)
        {
            return Y0 / s0;
        }

        // Quadratic: Cramer's rule on the 3×3 normal equations, for a alone.
        if (Count >= 4)
        {
            var det = (s0 * ((S2 * S4) - (S3 * S3))) - (S1 * ((S1 * S4) - (S3 * S2))) + (S2 * ((S1 * S3) - (S2 * S2)));
            if (det > 1e-9 * s0 * s0 * s0)
            {
                var detA = (Y0 * ((S2 * S4) - (S3 * S3))) - (S1 * ((Y1 * S4) - (S3 * Y2))) + (S2 * ((Y1 * S3) - (S2 * Y2)));
                return detA / det;
            }
        }

        // Linear: two unknowns.
        var linear = (s0 * S2) - (S1 * S1);
        return Count >= 2 && linear > 1e-9 * s0 * s0 ? ((Y0 * S2) - (Y1 * S1)) / linear : Y0 / s0;
    }
}
