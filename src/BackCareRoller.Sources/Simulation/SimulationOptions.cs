using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>What to simulate. Everything left null is drawn from the seed, over the ranges of DESIGN.md section 7.</summary>
public sealed record SimulationOptions
{
    /// <summary>Shortest session, minutes.</summary>
    public const double MinMinutes = 0.5;

    /// <summary>Longest session, minutes.</summary>
    public const double MaxMinutes = 240;

    /// <summary>Shortest accepted height, m (the product is built for 150–200 cm; a little margin either side).</summary>
    public const double MinHeightMeters = 1.40;

    /// <summary>Tallest accepted height, m.</summary>
    public const double MaxHeightMeters = 2.10;

    /// <summary>Smallest accepted roller diameter, m (typical rollers are 10–18 cm).</summary>
    public const double MinRollerDiameterMeters = 0.08;

    /// <summary>Largest accepted roller diameter, m.</summary>
    public const double MaxRollerDiameterMeters = 0.25;

    /// <summary>Lowest accepted sample rate, Hz.</summary>
    public const double MinSampleRateHz = 20;

    /// <summary>Highest accepted sample rate, Hz.</summary>
    public const double MaxSampleRateHz = 1000;

    /// <summary>The seed of every random draw: the same options always give the same session.</summary>
    /// <value>Default 0; any integer.</value>
    public int Seed { get; init; }

    /// <summary>Length of the session; null for one routine of four moves (about 6–8 minutes).</summary>
    /// <value>Default null; 0.5–240 minutes. Longer sessions repeat the routine with rests between rounds.</value>
    public TimeSpan? Duration { get; init; }

    /// <summary>The person's standing height, m; null draws 1.50–2.00 m.</summary>
    /// <value>Default null; 1.40–2.10 m.</value>
    public double? HeightMeters { get; init; }

    /// <summary>The roller's diameter, m; null draws 0.10–0.18 m.</summary>
    /// <value>Default null; 0.08–0.25 m.</value>
    public double? RollerDiameterMeters { get; init; }

    /// <summary>Nominal sample rate of both sensors, Hz; null draws 25–400 Hz (roller) and 25–200 Hz (body) independently.</summary>
    /// <value>Default null; 20–1000 Hz.</value>
    public double? SampleRateHz { get; init; }

    /// <summary>How the roller sensor is mounted; null draws either.</summary>
    /// <value>Default null.</value>
    public RollerMount? Mount { get; init; }

    /// <summary>Whether the person wears the hip sensor.</summary>
    /// <value>Default true.</value>
    public bool BodySensor { get; init; } = true;

    /// <summary>How many mistakes the person makes.</summary>
    /// <value>Default <see cref="SimulationMistakes.Default"/>.</value>
    public SimulationMistakes Mistakes { get; init; } = SimulationMistakes.Default;

    /// <summary>Checks every option against its range.</summary>
    /// <param name="problem">What is wrong, naming the option, when the options are invalid.</param>
    /// <returns>True when the options can be simulated.</returns>
    public bool TryValidate([NotNullWhen(false)] out string? problem)
    {
        problem = this switch
        {
            { Duration: { } d } when !(d.TotalMinutes >= MinMinutes && d.TotalMinutes <= MaxMinutes) =>
                Invalid("duration", d.TotalMinutes, MinMinutes, MaxMinutes, "minutes"),
            { HeightMeters: { } h } when !(h >= MinHeightMeters && h <= MaxHeightMeters) =>
                Invalid("height", h * 100, MinHeightMeters * 100, MaxHeightMeters * 100, "cm"),
            { RollerDiameterMeters: { } r } when !(r >= MinRollerDiameterMeters && r <= MaxRollerDiameterMeters) =>
                Invalid("roller diameter", r * 100, MinRollerDiameterMeters * 100, MaxRollerDiameterMeters * 100, "cm"),
            { SampleRateHz: { } f } when !(f >= MinSampleRateHz && f <= MaxSampleRateHz) =>
                Invalid("sample rate", f, MinSampleRateHz, MaxSampleRateHz, "Hz"),
            { Mount: { } m } when !Enum.IsDefined(m) => $"roller mount {m} is not a known mount",
            _ when !Enum.IsDefined(Mistakes) => $"mistakes level {Mistakes} is not a known level",
            _ => null,
        };
        return problem is null;
    }

    private static string Invalid(string what, double value, double min, double max, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {value:0.###} {unit} is outside {min:0.###}–{max:0.###} {unit}");
}
