namespace BackCareRoller.Core.Zones;

/// <summary>Where the user is in the cycle of getting onto the roller, rolling, and getting off.</summary>
internal enum SegmentPhase : byte
{
    /// <summary>Upright, not calibrated, or no move possible: nobody on the roller.</summary>
    Off = 0,

    /// <summary>The pelvis is turning fast: getting down, changing side or move.</summary>
    Moving,

    /// <summary>The pelvis has stopped turning; waiting for the posture to hold before a move starts.</summary>
    Settling,

    /// <summary>In a move: the contact is tracked.</summary>
    On,
}
