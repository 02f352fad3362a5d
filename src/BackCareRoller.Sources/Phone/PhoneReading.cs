using System.Numerics;

namespace BackCareRoller.Sources.Phone;

/// <summary>One motion reading sent by the web app's phone page, still on the phone's clock.</summary>
/// <param name="TimestampMilliseconds">The phone's own timestamp (DeviceMotionEvent.timeStamp), in milliseconds.</param>
/// <param name="Acceleration">Specific force in m/s², gravity included, in the phone's frame.</param>
/// <param name="AngularVelocity">Angular rate in rad/s about the phone's x, y and z axes.</param>
public readonly record struct PhoneReading(double TimestampMilliseconds, Vector3 Acceleration, Vector3 AngularVelocity);
