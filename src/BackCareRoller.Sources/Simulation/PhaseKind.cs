namespace BackCareRoller.Sources.Simulation;

/// <summary>What the person is doing during a phase of the session.</summary>
internal enum PhaseKind : byte
{
    /// <summary>Standing or walking, nobody on the roller.</summary>
    Standing = 0,

    /// <summary>Getting on or off the roller; nobody's weight is on it yet (or any more).</summary>
    Transition,

    /// <summary>A bout on the roller.</summary>
    OnRoller,

    /// <summary>Still on the roller, shifting weight to the other side of the same move.</summary>
    SideSwitch,
}
