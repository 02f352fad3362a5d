namespace BackCareRoller.Protocol.Clock;

/// <summary>One point of the clock fit.</summary>
/// <param name="X">Device time since the anchor, s.</param>
/// <param name="Y">Host time minus device time since the anchors, s: the offset the fit models as a line in X.</param>
internal readonly record struct ClockPoint(double X, double Y);
