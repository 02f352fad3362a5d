namespace BackCareRoller.Core.CheckIns;

/// <summary>How the pain feels, as the routine's guidance tells them apart.</summary>
public enum PainCharacter
{
    /// <summary>Dull or aching, the usual feel of tight muscles.</summary>
    Dull = 0,

    /// <summary>Sharp: one of the routine's reasons to stop and see a doctor or physiotherapist.</summary>
    Sharp = 1,
}
