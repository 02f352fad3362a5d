using System.Globalization;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// The built-in data source: a physics simulation of a person doing the routine of DESIGN.md section 1 on a
/// sensor roller (optionally wearing the hip sensor), with the nuisances of sections 2–4 and scripted mistakes,
/// plus the ground truth to score any estimate against. Deterministic by seed.
/// </summary>
public static class SessionSimulator
{
    /// <summary>The <c>generator</c> metadata value of simulated recordings.</summary>
    public const string GeneratorName = "backcare-simulator";

    /// <summary>Draws the session <paramref name="options"/> describe.</summary>
    /// <param name="options">What to simulate.</param>
    /// <returns>The session: metadata, streamed samples and truth.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is outside its range (the message names it).</exception>
    public static SimulatedSession Create(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.TryValidate(out var problem))
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var plan = SessionPlanner.Plan(options);
        var scenario = plan.Scenario;
        var metadata = new RecordingMetadata
        {
            Format = RecordingFormat.FormatName,
            HeightMeters = scenario.HeightMeters,
            RollerDiameterMeters = scenario.RollerDiameterMeters,
            BodySensor = scenario.HasBodySensor ? RecordingFormat.RightHip : null,
            RollerMount = scenario.RollerMount,
            AdditionalProperties = new Dictionary<string, string>
            {
                ["generator"] = GeneratorName,
                ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            },
        };
        return new SimulatedSession(plan, metadata);
    }
}
