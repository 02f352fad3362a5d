using BackCareRoller.Core.Samples;

namespace BackCareRoller.Web.Phone;

/// <summary>Reads the <c>role</c> query parameter of sensor connections.</summary>
internal static class SensorRoles
{
    public static bool TryParse(string? text, SensorRole fallback, out SensorRole role)
    {
        role = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Equals("roller", StringComparison.OrdinalIgnoreCase))
        {
            role = SensorRole.Roller;
            return true;
        }

        if (text.Equals("body", StringComparison.OrdinalIgnoreCase))
        {
            role = SensorRole.Body;
            return true;
        }

        return false;
    }

    public static string Name(SensorRole role) => role == SensorRole.Roller ? "roller" : "body";
}
