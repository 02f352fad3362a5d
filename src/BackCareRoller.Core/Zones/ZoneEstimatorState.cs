using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Posture;

namespace BackCareRoller.Core.Zones;

/// <summary>The zone estimator's state after one input.</summary>
/// <param name="Posture">The body-posture estimator.</param>
/// <param name="HasBody">Whether a body sample has been seen.</param>
/// <param name="LastBodyTime">Time of the last body sample.</param>
/// <param name="Roller">The roller's integrated displacement.</param>
/// <param name="Sign">Evidence for the sign of an unknown-mount roller's axis.</param>
/// <param name="Segment">The move the body is in.</param>
/// <param name="Slip">The slip detector.</param>
/// <param name="GuidedOn">Roller only, guided: whether the move has started (first rolling).</param>
/// <param name="GuidedOrigin">Roller only, guided: displacement at the move's start, u.</param>
/// <param name="GuidedStart">Roller only, guided: when the move started.</param>
/// <param name="GuidedLow">Roller only, guided: lowest displacement since the start, u.</param>
/// <param name="GuidedHigh">Roller only, guided: highest displacement since the start, u.</param>
/// <param name="Lumbar">The lumbar alert's bookkeeping.</param>
/// <param name="Neck">The neck alert's bookkeeping.</param>
/// <param name="HasDecision">Whether a zone decision has been made.</param>
/// <param name="LastDecision">When the last zone decision was made.</param>
/// <param name="Estimate">The current estimate.</param>
/// <param name="Changed">Whether the last input changed move, zone or side.</param>
/// <param name="Raised">The alert the last input raised, if any.</param>
internal readonly record struct ZoneEstimatorState(
    PostureState Posture,
    bool HasBody,
    TimeSpan LastBodyTime,
    RollerTrack Roller,
    AxisSignEvidence Sign,
    SegmentState Segment,
    SlipState Slip,
    bool GuidedOn,
    double GuidedOrigin,
    TimeSpan GuidedStart,
    double GuidedLow,
    double GuidedHigh,
    ForbiddenZoneWatch Lumbar,
    ForbiddenZoneWatch Neck,
    bool HasDecision,
    TimeSpan LastDecision,
    ZoneEstimate Estimate,
    bool Changed,
    AlertKind? Raised);
