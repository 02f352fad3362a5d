namespace BackCareRoller.Core.Zones;

/// <summary>The standard normal distribution, fast enough to call per sample.</summary>
internal static class Gaussian
{
    /// <summary>Φ(z), the standard normal cumulative distribution.</summary>
    /// <param name="z">The standardised value.</param>
    /// <returns>P(Z ≤ z), absolute error below 1e-7 (Abramowitz and Stegun 7.1.26).</returns>
    public static double Cdf(double z)
    {
        var x = Math.Abs(z) * 0.7071067811865476;
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        var tail = 0.5 * poly * Math.Exp(-x * x);
        return z >= 0 ? 1 - tail : tail;
    }

    /// <summary>The probability that N(mean, sd²) falls in [from, to).</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="standardDeviation">Standard deviation, positive.</param>
    /// <param name="from">Lower bound.</param>
    /// <param name="to">Upper bound.</param>
    /// <returns>The probability mass of the interval.</returns>
    public static double Mass(double mean, double standardDeviation, double from, double to) =>
        Math.Max(0, Cdf((to - mean) / standardDeviation) - Cdf((from - mean) / standardDeviation));

    /// <summary>The density of a uniform range [from, to] blurred by N(0, sd²), at x.</summary>
    /// <param name="x">Where to evaluate.</param>
    /// <param name="from">Lower end of the range.</param>
    /// <param name="to">Upper end, above <paramref name="from"/>.</param>
    /// <param name="standardDeviation">Blur, positive.</param>
    /// <returns>A probability density in 1/(unit of x).</returns>
    public static double BlurredBoxDensity(double x, double from, double to, double standardDeviation) =>
        Mass(x, standardDeviation, from, to) / (to - from);
}
