namespace BackCareRoller.Core.Alerts;

/// <summary>The alerts of DESIGN.md sections 3, 4 and 6. JSON form: snake_case.</summary>
public enum AlertKind : byte
{
    /// <summary>The 1-second average traverse speed went above the threshold.</summary>
    TooFast = 0,

    /// <summary>The contact point entered the lumbar zone.</summary>
    Lumbar = 1,

    /// <summary>The contact point entered the neck zone.</summary>
    Neck = 2,
}
