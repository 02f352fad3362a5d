namespace BackCareRoller.Core.Posture;

/// <summary>The coarse orientation of the pelvis (DESIGN.md section 4, table of typical pelvis orientations).</summary>
public enum PostureClass : byte
{
    /// <summary>Not calibrated yet: "up" is unknown until the standing phase has been seen.</summary>
    Unknown = 0,

    /// <summary>Standing, walking or kneeling upright: the long axis is near vertical.</summary>
    Upright,

    /// <summary>Seated, leaning back (back of the body down, long axis well above horizontal).</summary>
    Reclined,

    /// <summary>Lying face up: back of the body down, long axis near horizontal.</summary>
    FaceUp,

    /// <summary>Lying face down: front of the body down.</summary>
    FaceDown,
}
