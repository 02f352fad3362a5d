namespace BackCareRoller.Core.Alerts;

/// <summary>An alert raised by the pipeline.</summary>
/// <param name="Time">Offset from the session start of the sample that triggered it.</param>
/// <param name="Kind">What the alert is about.</param>
public readonly record struct Alert(TimeSpan Time, AlertKind Kind)
{
    /// <summary>The words shown and spoken to the user.</summary>
    public string Message => AlertMessages.For(Kind);
}
