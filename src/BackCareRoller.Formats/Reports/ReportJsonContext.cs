using System.Text.Json.Serialization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// Source-generated serialisation of the report (no reflection, trimming-safe): snake_case names and enum values
/// (STYLE.md section 3), nulls written so <c>"side": null</c> appears as in DESIGN.md section 6.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters =
    [
        typeof(SnakeCaseEnumConverter<AlertKind>),
        typeof(SnakeCaseEnumConverter<BodyZone>),
        typeof(SnakeCaseEnumConverter<BodySide>),
        typeof(SnakeCaseEnumConverter<RoutineMove>),
        typeof(SnakeCaseEnumConverter<MoveVerdict>),
        typeof(SnakeCaseEnumConverter<ZoneConfidence>),
        typeof(SnakeCaseEnumConverter<SensorRole>),
        typeof(SnakeCaseEnumConverter<RollerMount>),
        typeof(SnakeCaseEnumConverter<PainArea>),
        typeof(SnakeCaseEnumConverter<PainCharacter>),
    ])]
[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
