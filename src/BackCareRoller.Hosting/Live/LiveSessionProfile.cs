using BackCareRoller.Core.Samples;
using BackCareRoller.Sources;

namespace BackCareRoller.Hosting.Live;

/// <summary>Who is rolling on what: the facts a live session's pipeline and report need.</summary>
/// <param name="Source">Where the samples come from.</param>
/// <param name="HeightCm">Standing height in cm (zones scale with it).</param>
/// <param name="RollerDiameterCm">Roller diameter in cm (speed is ω·r).</param>
/// <param name="RollerMount">How the roller sensor is mounted.</param>
public sealed record LiveSessionProfile(ImuSourceKind Source, double HeightCm, double RollerDiameterCm, RollerMount RollerMount);
