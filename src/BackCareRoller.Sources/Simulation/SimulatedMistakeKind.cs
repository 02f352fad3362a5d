namespace BackCareRoller.Sources.Simulation;

/// <summary>A mistake the simulator planned (the truth of what happened is in the episodes and stays).</summary>
public enum SimulatedMistakeKind : byte
{
    /// <summary>A run of fast passes (mean speed 6.5–13 cm/s).</summary>
    TooFast = 0,

    /// <summary>Passes that drift into the lumbar zone (down from the upper back, or up from the glutes).</summary>
    LumbarDrift = 1,

    /// <summary>Passes that drift up from the upper back into the neck zone.</summary>
    NeckDrift = 2,
}
