namespace BackCareRoller.Sources.Phone;

/// <summary>Physical bounds of a phone reading; anything outside is a broken sensor or a forged frame.</summary>
internal static class PhoneFrameLimits
{
    /// <summary>50 g in m/s², the recording contract's bound for absurd acceleration (issue 3).</summary>
    public const float MaxAccelerationMetersPerSecondSquared = 490.3325f;

    /// <summary>50 rad/s, the recording contract's bound for absurd angular rate (issue 3).</summary>
    public const float MaxAngularRateRadiansPerSecond = 50f;

    /// <summary>Numbers in one sample row: timestamp, three accelerations, three angular rates.</summary>
    public const int ValuesPerRow = 7;
}
