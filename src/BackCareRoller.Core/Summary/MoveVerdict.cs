namespace BackCareRoller.Core.Summary;

/// <summary>How the time spent on one routine move compares with the 1–2 minutes asked for. JSON form: snake_case.</summary>
public enum MoveVerdict : byte
{
    /// <summary>Not done, or only for a moment.</summary>
    Missing = 0,

    /// <summary>Done for less than the minimum.</summary>
    TooShort = 1,

    /// <summary>Done for the minimum to the maximum, inclusive.</summary>
    InRange = 2,

    /// <summary>Done for more than the maximum.</summary>
    TooLong = 3,
}
