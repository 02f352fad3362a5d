namespace BackCareRoller.Sources.Simulation;

/// <summary>One sinusoid <c>A·sin(ωt + φ)</c> of session time, with its derivatives: sway, breathing, tremor.</summary>
/// <param name="Amplitude">Peak value, in the unit of the quantity it moves.</param>
/// <param name="AngularFrequency">ω in rad/s.</param>
/// <param name="Phase">φ in radians.</param>
internal readonly record struct Wave(double Amplitude, double AngularFrequency, double Phase)
{
    public static Wave Draw(SimulationRandom random, double amplitude, double minHz, double maxHz) =>
        new(amplitude, 2 * Math.PI * random.Uniform(minHz, maxHz), random.Uniform(0, 2 * Math.PI));

    public double Value(double t) => Amplitude * Math.Sin((AngularFrequency * t) + Phase);

    public double Rate(double t) => Amplitude * AngularFrequency * Math.Cos((AngularFrequency * t) + Phase);

    public double Acceleration(double t) => -AngularFrequency * AngularFrequency * Value(t);

    /// <summary>Value, rate and acceleration at <paramref name="t"/> from one sine-cosine evaluation.</summary>
    public Kinematics At(double t)
    {
        var (sin, cos) = Math.SinCos((AngularFrequency * t) + Phase);
        return new Kinematics(Amplitude * sin, Amplitude * AngularFrequency * cos, -Amplitude * AngularFrequency * AngularFrequency * sin);
    }

    /// <summary>The sum of <paramref name="waves"/> at <paramref name="t"/>.</summary>
    public static double Sum(Wave[] waves, double t)
    {
        var sum = 0.0;
        foreach (var wave in waves)
        {
            sum += wave.Value(t);
        }

        return sum;
    }
}
