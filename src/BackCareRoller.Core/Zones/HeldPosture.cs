namespace BackCareRoller.Core.Zones;

/// <summary>A running average of the pelvis posture.</summary>
/// <param name="Recline">Mean recline, rad.</param>
/// <param name="Tilt">Mean tilt with the nominal mount, rad.</param>
/// <param name="BackDown">Mean component of "up" along the forward axis.</param>
/// <param name="Seconds">Time behind the average, s (capped at the averaging time).</param>
internal readonly record struct HeldPosture(double Recline, double Tilt, double BackDown, double Seconds)
{
    /// <summary>An average that starts at one posture.</summary>
    /// <param name="posture">The posture.</param>
    /// <returns>The average.</returns>
    public static HeldPosture Of(in Posture.BodyPosture posture) => new(posture.ReclineRadians, posture.TiltRadians, posture.BackDown, 0);

    /// <summary>Adds a posture: a plain mean until <paramref name="averagingSeconds"/>, exponential after.</summary>
    /// <param name="posture">The posture now.</param>
    /// <param name="dt">Time it stands for, s.</param>
    /// <param name="averagingSeconds">Averaging time, s.</param>
    /// <returns>The updated average.</returns>
    public HeldPosture Add(in Posture.BodyPosture posture, double dt, double averagingSeconds)
    {
        var seconds = Math.Min(Seconds + dt, averagingSeconds);
        var weight = seconds > 0 ? dt / seconds : 1;
        return new HeldPosture(
            Recline + ((posture.ReclineRadians - Recline) * weight),
            Tilt + ((posture.TiltRadians - Tilt) * weight),
            BackDown + ((posture.BackDown - BackDown) * weight),
            seconds);
    }

    /// <summary>Angular distance to a posture in the recline–tilt plane, rad.</summary>
    /// <param name="posture">The posture now.</param>
    /// <returns>The distance.</returns>
    public double DistanceTo(in Posture.BodyPosture posture)
    {
        var dr = posture.ReclineRadians - Recline;
        var dt = posture.TiltRadians - Tilt;
        return Math.Sqrt((dr * dr) + (dt * dt));
    }

    /// <summary>Angular distance to another average, rad.</summary>
    /// <param name="other">The other average.</param>
    /// <returns>The distance.</returns>
    public double DistanceTo(in HeldPosture other)
    {
        var dr = other.Recline - Recline;
        var dt = other.Tilt - Tilt;
        return Math.Sqrt((dr * dr) + (dt * dt));
    }
}
