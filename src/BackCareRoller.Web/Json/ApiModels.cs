namespace BackCareRoller.Web.Json;

/// <summary>Body of <c>POST /api/live</c>: start a session.</summary>
/// <param name="Source">simulator (default), replay, phone, sensor_logger or ble.</param>
/// <param name="HeightCm">Standing height in cm.</param>
/// <param name="RollerDiameterCm">Roller diameter in cm.</param>
/// <param name="Mount">firmware_axis or unknown_mount (a phone on a roller).</param>
/// <param name="Seed">Simulator seed.</param>
internal sealed record StartSessionRequest(string? Source, double? HeightCm, double? RollerDiameterCm, string? Mount, int? Seed);

/// <summary>Reply to <c>POST /api/live</c>.</summary>
internal sealed record StartedSession(string Id, string Source, string LiveUrl, string RollerPhoneUrl, string BodyPhoneUrl, string SensorLoggerUrl);

/// <summary>One running session in <c>GET /api/live</c>.</summary>
internal sealed record RunningSession(string Id, string Source, DateTimeOffset StartedAt, double ElapsedS, long Samples);

/// <summary>Reply to <c>POST /api/live/{id}/stop</c>.</summary>
internal sealed record StoppedSession(string Id, string Reason, double DurationS);

/// <summary>Reply to <c>GET /api/pairing</c>.</summary>
internal sealed record PairingInfo(string BaseUrl, string PhoneUrl, string SensorLoggerUrl, bool Lan, IReadOnlyList<string> Sources);

/// <summary>A BLE roller found nearby (filled in by issue 7).</summary>
internal sealed record BleDevice(string Id, string Name, int Rssi, int? BatteryPercent);

/// <summary>One line of <c>GET /api/sessions</c>.</summary>
internal sealed record SessionListItem(
    string Id,
    DateTimeOffset StartedAt,
    double DurationS,
    string Source,
    string Status,
    int AlertCount);

/// <summary>One week of <c>GET /api/history</c>.</summary>
internal sealed record HistoryWeek(string WeekStart, int Sessions, IReadOnlyDictionary<string, double> MinutesPerZone, IReadOnlyDictionary<string, int> AlertCounts);
