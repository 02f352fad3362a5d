namespace BackCareRoller.Sources.Simulation;

/// <summary>A one-dimensional motion at an instant: displacement (m), velocity (m/s), acceleration (m/s²).</summary>
internal readonly record struct Kinematics(double Displacement, double Velocity, double Acceleration)
{
    public static Kinematics operator +(Kinematics a, Kinematics b) =>
        new(a.Displacement + b.Displacement, a.Velocity + b.Velocity, a.Acceleration + b.Acceleration);

    public static Kinematics operator *(Kinematics a, double k) => new(a.Displacement * k, a.Velocity * k, a.Acceleration * k);
}
