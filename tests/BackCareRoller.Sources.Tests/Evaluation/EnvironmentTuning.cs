using System.Globalization;
using System.Reflection;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Tests.Evaluation;

/// <summary>Development only: ZONES_SET="Name=value;Name=value" overrides estimator settings for a harness run.</summary>
internal static class EnvironmentTuning
{
    public static ZoneEstimatorSettings Apply(ZoneEstimatorSettings settings)
    {
        var text = Environment.GetEnvironmentVariable("ZONES_SET");
        if (string.IsNullOrEmpty(text))
        {
            return settings;
        }

        var copy = settings with { };
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            var property = typeof(ZoneEstimatorSettings).GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance)!;
            property.SetValue(copy, Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture));
        }

        return copy;
    }
}
