namespace BackCareRoller.Sources.Ble.Link;

/// <summary>Where a roller link stands, as shown to the user.</summary>
public enum LinkState : byte
{
    /// <summary>Not started, or stopped by the user.</summary>
    Idle = 0,

    /// <summary>Looking for the roller's advertisements.</summary>
    Scanning = 1,

    /// <summary>A connection attempt is under way (bounded by the connect timeout).</summary>
    Connecting = 2,

    /// <summary>Samples are flowing.</summary>
    Streaming = 3,

    /// <summary>The link dropped or an attempt failed; the next attempt is scheduled.</summary>
    Reconnecting = 4,

    /// <summary>Reconnecting has failed for longer than the lost-after time, or cannot succeed; the reason says which.</summary>
    Lost = 5,
}
