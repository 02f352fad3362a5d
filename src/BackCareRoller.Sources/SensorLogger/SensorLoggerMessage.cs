namespace BackCareRoller.Sources.SensorLogger;

/// <summary>One HTTP push of the Sensor Logger app: <c>{messageId, sessionId, deviceId, payload: [...]}</c>.</summary>
/// <param name="MessageId">Increases by one per message of a recording; messages may arrive out of order.</param>
/// <param name="SessionId">The app's recording id.</param>
/// <param name="DeviceId">The phone's id.</param>
/// <param name="Readings">The readings of the streams this product uses, in payload order.</param>
public sealed record SensorLoggerMessage(long MessageId, string SessionId, string DeviceId, IReadOnlyList<SensorLoggerReading> Readings);
