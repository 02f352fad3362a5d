using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>The file names of <see cref="RollerMount"/> values (<c>roller_sensor</c> metadata, DESIGN.md section 5).</summary>
public static class RollerMountNames
{
    /// <summary>The name of <see cref="RollerMount.FirmwareAxis"/>.</summary>
    public const string FirmwareAxis = "firmware_axis";

    /// <summary>The name of <see cref="RollerMount.UnknownMount"/>.</summary>
    public const string UnknownMount = "unknown_mount";

    /// <summary>The file name of <paramref name="mount"/>.</summary>
    /// <param name="mount">The mount.</param>
    /// <returns><c>firmware_axis</c> or <c>unknown_mount</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mount"/> is not a defined value.</exception>
    public static string ToName(RollerMount mount) => mount switch
    {
        RollerMount.FirmwareAxis => FirmwareAxis,
        RollerMount.UnknownMount => UnknownMount,
        _ => throw new ArgumentOutOfRangeException(nameof(mount), mount, "Unknown roller mount."),
    };

    /// <summary>Reads a mount name, ignoring case.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="mount">The mount, when the name is known.</param>
    /// <returns>True when <paramref name="name"/> is <c>firmware_axis</c> or <c>unknown_mount</c>.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out RollerMount mount)
    {
        if (name.Equals(FirmwareAxis, StringComparison.OrdinalIgnoreCase))
        {
            mount = RollerMount.FirmwareAxis;
            return true;
        }

        if (name.Equals(UnknownMount, StringComparison.OrdinalIgnoreCase))
        {
            mount = RollerMount.UnknownMount;
            return true;
        }

        mount = default;
        return false;
    }
}
