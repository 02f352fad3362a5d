namespace BackCareRoller.Storage.Sessions;

/// <summary>Where a stored session is in its life. Stored as lower-case text.</summary>
public enum SessionStatus
{
    /// <summary>Being recorded right now by a running process.</summary>
    Live = 0,

    /// <summary>Finished normally; its report is complete.</summary>
    Completed = 1,

    /// <summary>Its process died or stopped before completing it; it holds everything up to the last flush.</summary>
    Interrupted = 2,
}
