using System.Text.Json.Serialization;

namespace BackCareRoller.Sources.Ble.Remembered;

/// <summary>Source-generated JSON for the remembered-rollers file (snake_case, enums as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<RememberedRoller>))]
internal sealed partial class RememberedRollersJsonContext : JsonSerializerContext;
