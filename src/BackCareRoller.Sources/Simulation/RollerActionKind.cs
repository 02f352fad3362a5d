namespace BackCareRoller.Sources.Simulation;

/// <summary>What moves the roller during a <see cref="RollerAction"/>.</summary>
internal enum RollerActionKind : byte
{
    /// <summary>A bout: the body rolls it along the floor.</summary>
    Rolling = 0,

    /// <summary>Rolled along the floor with nobody on it.</summary>
    Nudge,

    /// <summary>Lifted, turned, carried and put down.</summary>
    Lift,
}
