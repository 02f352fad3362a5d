namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// The smooth shapes every planned motion is built from. Each starts and ends with zero velocity, so positions
/// and velocities stay continuous across segment boundaries and the numerically differentiated accelerations the
/// sensors see stay finite.
/// </summary>
internal static class Smooth
{
    /// <summary>0 → 1 over x in 0..1 with zero slope at both ends: (1 − cos πx)/2.</summary>
    public static double Step(double x) => x <= 0 ? 0 : x >= 1 ? 1 : (1 - Math.Cos(Math.PI * x)) / 2;

    /// <summary>d<see cref="Step"/>/dx.</summary>
    public static double StepSlope(double x) => x <= 0 || x >= 1 ? 0 : Math.PI / 2 * Math.Sin(Math.PI * x);

    /// <summary>0 → 1 over x in 0..1 whose slope is a raised-cosine bump: x − sin(2πx)/2π (a push that starts and ends at rest).</summary>
    public static double Push(double x) => x <= 0 ? 0 : x >= 1 ? 1 : x - (Math.Sin(2 * Math.PI * x) / (2 * Math.PI));

    /// <summary>d<see cref="Push"/>/dx = 1 − cos 2πx.</summary>
    public static double PushSlope(double x) => x <= 0 || x >= 1 ? 0 : 1 - Math.Cos(2 * Math.PI * x);

    /// <summary>0 → 1 → 0 over x in 0..1: (1 − cos 2πx)/2.</summary>
    public static double Bump(double x) => x <= 0 || x >= 1 ? 0 : (1 - Math.Cos(2 * Math.PI * x)) / 2;
}
