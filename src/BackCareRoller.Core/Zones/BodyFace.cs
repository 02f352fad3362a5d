namespace BackCareRoller.Core.Zones;

/// <summary>The face of the body in contact with the roller.</summary>
public enum BodyFace : byte
{
    /// <summary>The back of the body is on the roller (face up or seated).</summary>
    Back = 0,

    /// <summary>The front of the body is on the roller (face down).</summary>
    Front = 1,
}
