namespace BackCareRoller.Sources.Simulation;

/// <summary>How many of the mistakes the product must catch the simulated person makes.</summary>
public enum SimulationMistakes : byte
{
    /// <summary>Slow rolling that stays inside the allowed zones (nuisances such as slips and nudges still happen).</summary>
    None = 0,

    /// <summary>Per routine: one drift from the upper back into the lumbar zone, one or two too-fast episodes, sometimes a drift into the neck.</summary>
    Default = 1,

    /// <summary>Per routine: two lumbar drifts, a neck drift, a drift from the glutes up into the lumbar zone, and too-fast episodes in most moves.</summary>
    Many = 2,
}
