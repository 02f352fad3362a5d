using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>The <c># key=value</c> lines of a recording (DESIGN.md section 5), in SI units.</summary>
public sealed record RecordingMetadata
{
    /// <summary>Metadata of a recording that has none.</summary>
    public static RecordingMetadata Empty { get; } = new();

    /// <summary>The contract name (<c>format</c>); <see cref="RecordingFormat.FormatName"/> when present.</summary>
    public string? Format { get; init; }

    /// <summary>The user's standing height in metres (file key <c>height_cm</c>), when given.</summary>
    public double? HeightMeters { get; init; }

    /// <summary>The roller's diameter in metres (file key <c>roller_diameter_cm</c>), when given.</summary>
    public double? RollerDiameterMeters { get; init; }

    /// <summary>Where the body sensor is worn (<c>body_sensor</c>, normally <c>right_hip</c>); null when not said.</summary>
    public string? BodySensor { get; init; }

    /// <summary>How the roller sensor is mounted (<c>roller_sensor</c>), when given.</summary>
    public RollerMount? RollerMount { get; init; }

    /// <summary>Keys this version does not know, kept as written so a newer writer's data survives.</summary>
    public IReadOnlyDictionary<string, string> AdditionalProperties { get; init; } = new Dictionary<string, string>();
}
