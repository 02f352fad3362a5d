namespace BackCareRoller.Sources.Simulation;

/// <summary>How the roller was moved while nobody was on it.</summary>
public enum RollerHandlingKind : byte
{
    /// <summary>Rolled along the floor (pushed by a hand or foot, or by weight shifting while getting on or off).</summary>
    Nudge = 0,

    /// <summary>Picked up, turned, carried and put down.</summary>
    Lift = 1,
}
