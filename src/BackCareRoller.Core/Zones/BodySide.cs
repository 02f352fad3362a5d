namespace BackCareRoller.Core.Zones;

/// <summary>The side of the body a zone is rolled on, where the zone has sides (DESIGN.md section 6).</summary>
public enum BodySide : byte
{
    /// <summary>The user's left.</summary>
    Left = 0,

    /// <summary>The user's right.</summary>
    Right = 1,
}
