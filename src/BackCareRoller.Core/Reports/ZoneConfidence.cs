namespace BackCareRoller.Core.Reports;

/// <summary>How a session's zones were obtained, which says how far to trust them. JSON form: snake_case.</summary>
public enum ZoneConfidence : byte
{
    /// <summary>No zone estimate: every span is <c>none</c>.</summary>
    None = 0,

    /// <summary>From the roller alone and the routine's known start anchors (no body sensor).</summary>
    Guided = 1,

    /// <summary>From the body sensor's posture together with the roller's displacement.</summary>
    BodySensor = 2,
}
