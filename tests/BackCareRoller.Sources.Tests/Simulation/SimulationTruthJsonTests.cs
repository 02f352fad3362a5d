using System.Text.Json;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Tests.Simulation;

public sealed class SimulationTruthJsonTests
{
    [Fact]
    public void Write_DefaultSession_SnakeCaseJsonMatchingTheTruth()
    {
        var session = Simulations.Default(1);
        using var stream = new MemoryStream();

        SimulationTruthJson.Write(session.Truth, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(SimulationTruthJson.FormatName, root.GetProperty("format").GetString());
        Assert.Equal(session.Duration.TotalSeconds, root.GetProperty("duration_s").GetDouble(), 3);
        Assert.Equal(session.Scenario.Seed, root.GetProperty("scenario").GetProperty("seed").GetInt32());
        Assert.Equal(session.Truth.Zones.Count, root.GetProperty("zones").GetArrayLength());
        Assert.Equal(session.Truth.Timeline.Count, root.GetProperty("timeline").GetArrayLength());
        Assert.Equal(session.Truth.ZoneStays.Count, root.GetProperty("zone_stays").GetArrayLength());
        Assert.Equal(session.Truth.TooFastEpisodes.Count, root.GetProperty("too_fast").GetArrayLength());

        var onRoller = root.GetProperty("timeline").EnumerateArray().First(p => p.GetProperty("on_roller").GetBoolean());
        foreach (var field in new[] { "t_s", "move", "face", "side", "u", "zone", "zone_side", "speed_m_per_s", "speed_avg_1s_m_per_s", "roller_rate_rad_per_s" })
        {
            Assert.True(onRoller.TryGetProperty(field, out _), field);
        }

        var zoneNames = root.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("zone").GetString()).ToHashSet();
        Assert.Contains("upper_back", zoneNames);
        Assert.Contains("none", zoneNames);
        Assert.Equal(session.Truth.PerZoneSeconds[BodyZone.UpperBack], root.GetProperty("summary").GetProperty("per_zone_s").GetProperty("upper_back").GetDouble(), 3);
    }

    [Theory]
    [InlineData(BodyZone.UpperBack, "upper_back")]
    [InlineData(BodyZone.HipFlexors, "hip_flexors")]
    [InlineData(SimulatedMistakeKind.LumbarDrift, "lumbar_drift")]
    public void Name_EnumValue_SnakeCase(object value, string expected)
    {
        var name = value switch
        {
            BodyZone zone => SimulationTruthJson.Name(zone),
            SimulatedMistakeKind kind => SimulationTruthJson.Name(kind),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };

        Assert.Equal(expected, name);
    }
}
