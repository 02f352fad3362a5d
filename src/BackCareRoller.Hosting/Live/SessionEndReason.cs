namespace BackCareRoller.Hosting.Live;

/// <summary>Why a live session ended. JSON form: snake_case.</summary>
public enum SessionEndReason : byte
{
    /// <summary>The source ran out (a replay or a simulation finished).</summary>
    Completed = 0,

    /// <summary>The user stopped it.</summary>
    Stopped,

    /// <summary>The service shut down; the session was closed and saved.</summary>
    Shutdown,

    /// <summary>No samples arrived for the idle timeout.</summary>
    Idle,

    /// <summary>The pipeline or the source failed; what was seen so far is saved.</summary>
    Failed,
}
