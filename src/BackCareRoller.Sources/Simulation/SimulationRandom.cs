// The simulator needs reproducible pseudo-random scenarios, not secrets: System.Random seeded by the user is
// exactly right, so the "insecure randomness" rule does not apply here. Every draw of the simulator goes through
// this one class.
#pragma warning disable CA5394

namespace BackCareRoller.Sources.Simulation;

/// <summary>The simulator's only source of randomness: a <see cref="Random"/> made from a seed, with the draws it needs.</summary>
internal sealed class SimulationRandom
{
    private readonly Random _random;

    public SimulationRandom(int seed) => _random = new Random(seed);

    /// <summary>A seed for a further, independent stream (e.g. one sensor's noise).</summary>
    public int NextSeed() => _random.Next();

    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());

    public int Integer(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>Either −1 or +1 with equal odds.</summary>
    public double Sign() => _random.NextDouble() < 0.5 ? -1 : 1;

    /// <summary>Uniform in the logarithm: rates and durations spread over decades.</summary>
    public double LogUniform(double min, double max) => Math.Exp(Uniform(Math.Log(min), Math.Log(max)));

    /// <summary>A normal draw (Box–Muller).</summary>
    public double Gaussian(double mean, double standardDeviation)
    {
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (standardDeviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    /// <summary>A normal draw clipped to ±<paramref name="limit"/> standard deviations.</summary>
    public double ClippedGaussian(double standardDeviation, double limit) =>
        Math.Clamp(Gaussian(0, standardDeviation), -limit * standardDeviation, limit * standardDeviation);

    /// <summary>A count from a Poisson distribution (Knuth's method; the means here are small).</summary>
    public int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = _random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }

    /// <summary>A direction uniform on the sphere.</summary>
    public Vec3 UnitVector()
    {
        var z = Uniform(-1, 1);
        var angle = Uniform(0, 2 * Math.PI);
        var r = Math.Sqrt(1 - (z * z));
        return new Vec3(r * Math.Cos(angle), r * Math.Sin(angle), z);
    }

    /// <summary>A rotation uniform over all orientations (Shoemake 1992, "Uniform random rotations").</summary>
    public Rotation UniformRotation()
    {
        var u1 = _random.NextDouble();
        var u2 = 2 * Math.PI * _random.NextDouble();
        var u3 = 2 * Math.PI * _random.NextDouble();
        var a = Math.Sqrt(1 - u1);
        var b = Math.Sqrt(u1);
        return new Rotation(b * Math.Cos(u3), a * Math.Sin(u2), a * Math.Cos(u2), b * Math.Sin(u3)).Normalized();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
