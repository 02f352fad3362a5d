namespace BackCareRoller.Sources.SensorLogger;

/// <summary>The Sensor Logger streams this product reads; every other stream in a message is ignored.</summary>
public enum SensorLoggerSensor : byte
{
    /// <summary><c>accelerometer</c>: on Android (and iOS) the user acceleration, gravity excluded, m/s².</summary>
    Accelerometer = 0,

    /// <summary><c>totalacceleration</c>: acceleration with gravity, m/s² — what the pipeline wants.</summary>
    TotalAcceleration,

    /// <summary><c>gravity</c>: the gravity vector, m/s²; added to <see cref="Accelerometer"/> when no total is sent.</summary>
    Gravity,

    /// <summary><c>gyroscope</c>: angular rate, rad/s.</summary>
    Gyroscope,
}
