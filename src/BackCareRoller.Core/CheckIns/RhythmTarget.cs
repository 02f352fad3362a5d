namespace BackCareRoller.Core.CheckIns;

/// <summary>How often to roll, from the routine's guidance: daily while tightness is acute, else 3–4 times a week.</summary>
public enum RhythmTarget
{
    /// <summary>Not acute (or no check-in yet): 3–4 days a week to maintain.</summary>
    Maintenance = 0,

    /// <summary>Acute — the latest check-in's pain is 4 or more, or the pain started less than 14 days ago: every day.</summary>
    Daily = 1,
}
