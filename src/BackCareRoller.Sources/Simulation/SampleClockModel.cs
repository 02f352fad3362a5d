namespace BackCareRoller.Sources.Simulation;

/// <summary>When one sensor samples and how it stamps the samples.</summary>
/// <param name="RateHz">Nominal rate.</param>
/// <param name="RateError">Relative error of the true rate (1e-4 = 100 ppm fast).</param>
/// <param name="JitterFraction">Standard deviation of the sampling instants around the even grid, fraction of the period.</param>
/// <param name="FirstSampleFraction">Where in the first period the first sample falls, 0–1.</param>
/// <param name="DropProbability">Probability of losing any one sample.</param>
/// <param name="Dropouts">Bursts of lost samples, session time, s.</param>
/// <param name="TimeOffset">Offset of the stamps from session time, s.</param>
/// <param name="TimeDrift">Relative drift of the stamps against session time.</param>
/// <param name="TimestampNoise">Standard deviation of stamp noise, s.</param>
internal sealed record SampleClockModel(
    double RateHz,
    double RateError,
    double JitterFraction,
    double FirstSampleFraction,
    double DropProbability,
    (double Start, double End)[] Dropouts,
    double TimeOffset,
    double TimeDrift,
    double TimestampNoise);
