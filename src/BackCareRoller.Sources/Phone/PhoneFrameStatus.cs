namespace BackCareRoller.Sources.Phone;

/// <summary>The outcome of parsing one WebSocket frame from the phone page.</summary>
public enum PhoneFrameStatus : byte
{
    /// <summary>A batch of samples was read.</summary>
    Samples = 0,

    /// <summary>A keep-alive; nothing to do.</summary>
    Ping,

    /// <summary>The frame is not the JSON the protocol describes.</summary>
    Malformed,

    /// <summary>The frame holds more samples than one message may carry.</summary>
    TooManySamples,

    /// <summary>A value is not finite or outside the physical range a phone can report.</summary>
    OutOfRange,
}
