namespace BackCareRoller.Core.CheckIns;

/// <summary>Whether a check-in was given before or after rolling.</summary>
public enum CheckInMoment
{
    /// <summary>Before the session.</summary>
    Before = 0,

    /// <summary>After the session.</summary>
    After = 1,
}
