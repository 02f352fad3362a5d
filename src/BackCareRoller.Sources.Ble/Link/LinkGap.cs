namespace BackCareRoller.Sources.Ble.Link;

/// <summary>A hole in a session's samples caused by a link loss, in session time.</summary>
/// <param name="Start">Time of the last sample before the loss.</param>
/// <param name="End">Time of the first sample after the link was back.</param>
public readonly record struct LinkGap(TimeSpan Start, TimeSpan End)
{
    /// <summary>Gets how long no samples arrived.</summary>
    public TimeSpan Duration => End - Start;
}
