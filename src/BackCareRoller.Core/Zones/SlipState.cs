namespace BackCareRoller.Core.Zones;

/// <summary>The slip detector's state.</summary>
/// <param name="Baseline">Slow average of the residual outside slips, m/s: what rolling and leakage leave.</param>
/// <param name="InSlip">Whether a slip is under way.</param>
/// <param name="Direction">Sign of the residual pulse of the slip under way.</param>
/// <param name="Integral">∫ (residual − baseline) dt over the slip so far, m.</param>
/// <param name="Quiet">How long the pulse has been back below the release level, s.</param>
/// <param name="Seconds">How long the slip under way has lasted, s.</param>
/// <param name="Increment">Contact travel the last body sample added through slipping, m, toward the head.</param>
/// <param name="Count">Slips followed so far.</param>
/// <param name="Residual">The last residual, m/s.</param>
internal readonly record struct SlipState(
    double Baseline,
    bool InSlip,
    double Direction,
    double Integral,
    double Quiet,
    double Seconds,
    double Increment,
    int Count,
    double Residual);
