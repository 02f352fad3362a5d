using System.Text.Json.Serialization;

namespace BackCareRoller.Web.Json;

/// <summary>Source-generated JSON for the web API, snake_case (STYLE.md section 3).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StartSessionRequest))]
[JsonSerializable(typeof(StartedSession))]
[JsonSerializable(typeof(IReadOnlyList<RunningSession>))]
[JsonSerializable(typeof(StoppedSession))]
[JsonSerializable(typeof(PairingInfo))]
[JsonSerializable(typeof(IReadOnlyList<BleDevice>))]
[JsonSerializable(typeof(IReadOnlyList<SessionListItem>))]
[JsonSerializable(typeof(IReadOnlyList<HistoryWeek>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
