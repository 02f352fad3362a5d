using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Zones;

/// <summary>One input of the zone estimator: either the roller's rotation or a body-sensor sample.</summary>
public readonly record struct ZoneInput
{
    private ZoneInput(bool isBody, RollerMotion roller, ImuSample body)
    {
        IsBody = isBody;
        Roller = roller;
        Body = body;
    }

    /// <summary>True for a body sample, false for a roller motion.</summary>
    public bool IsBody { get; }

    /// <summary>The roller's rotation; default for a body sample.</summary>
    public RollerMotion Roller { get; }

    /// <summary>The body sample; default for a roller motion.</summary>
    public ImuSample Body { get; }

    /// <summary>Offset from the session start of the sample.</summary>
    public TimeSpan Time => IsBody ? Body.Time : Roller.Time;

    /// <summary>Wraps the roller's rotation at one sample.</summary>
    /// <param name="motion">The roller motion.</param>
    /// <returns>The input.</returns>
    public static ZoneInput FromRoller(RollerMotion motion) => new(false, motion, default);

    /// <summary>Wraps a body-sensor sample.</summary>
    /// <param name="sample">A sample from the body sensor (DESIGN.md section 2 frame).</param>
    /// <returns>The input.</returns>
    public static ZoneInput FromBody(ImuSample sample) => new(true, default, sample);
}
